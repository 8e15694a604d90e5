using System.Globalization;
using Hubwatch.Diagnostics;
using Hubwatch.Rendering;

namespace Hubwatch.Output;

/// <summary>
/// Whether a built site fits GitHub Pages, which documents 1 GB as the most a published site may weigh. The Pages
/// workflow packs the site folder as a tar (<c>actions/upload-pages-artifact</c> runs GNU tar) and uploads that tar
/// compressed, so the upload itself is several times smaller; the site is weighed here as the tar, the larger and
/// safer reading of the limit. A tar gives every file and folder a 512-byte header and pads every file to a multiple
/// of 512 bytes, so a site of many small pages weighs about a tenth more as a tar than its files do.
/// </summary>
public static class PagesLimit
{
    /// <summary>The most GitHub Pages publishes: 1 GB, counted here in decimal so the warning comes early rather than late.</summary>
    public const long MaxBytes = 1_000_000_000;

    private const int Block = 512;

    /// <summary>GNU tar writes in records of 20 blocks.</summary>
    private const int Record = 20 * Block;

    /// <summary>
    /// The size of the tar of a site folder holding <paramref name="files"/> (paths relative to the folder, forward
    /// slashes), as GNU tar writes it: a header for the folder itself, for each folder in it and for each file, each
    /// file's bytes padded to a block, two empty blocks at the end, and the whole padded to a record. Exact while no
    /// path is longer than the 100 bytes a header holds (a longer one costs GNU tar two more blocks).
    /// </summary>
    public static long TarBytes(IEnumerable<OutputFile> files)
    {
        var folders = new HashSet<string>(StringComparer.Ordinal) { "" };
        long bytes = Block;
        foreach (var file in files)
        {
            bytes += Block + (file.Length + Block - 1) / Block * Block;
            for (var slash = file.Path.LastIndexOf('/'); slash > 0 && folders.Add(file.Path[..slash]); slash = file.Path.LastIndexOf('/', slash - 1))
            {
                bytes += Block;
            }
        }

        bytes += 2 * Block;
        return (bytes + Record - 1) / Record * Record;
    }

    /// <summary>Warns, at <paramref name="site"/>, when the site's tar is over what GitHub Pages publishes.</summary>
    public static void Check(IReadOnlyList<OutputFile> files, SourceLocation site, DiagnosticBag bag)
    {
        var tar = TarBytes(files);
        if (tar > MaxBytes)
        {
            bag.Warning(
                site,
                string.Create(CultureInfo.InvariantCulture, $"the site weighs {tar / 1e9:0.00} GB as a tar of its {files.Count:N0} files, as the Pages workflow packs it: more than the 1 GB GitHub Pages publishes, so its deploy may be refused"),
                "GitHub's limits for Pages: https://docs.github.com/en/pages/getting-started-with-github-pages/github-pages-limits");
        }
    }
}
