using Hubwatch.Rendering;

namespace Hubwatch.Output;

/// <summary>
/// Writes a rendered site all or nothing: files go to a temporary folder beside the output folder,
/// which is swapped in only when every file is written. A failed or interrupted build leaves the
/// previous site as it was.
/// </summary>
public static class SiteWriter
{
    public static void Write(IReadOnlyList<OutputFile> files, string outputDir)
    {
        var full = Path.GetFullPath(outputDir).TrimEnd(Path.DirectorySeparatorChar);
        var parent = Path.GetDirectoryName(full) ?? throw new ArgumentException("output folder has no parent", nameof(outputDir));
        var name = Path.GetFileName(full);
        var staging = Path.Combine(parent, $".{name}-new-{Environment.ProcessId}");
        var retired = Path.Combine(parent, $".{name}-old-{Environment.ProcessId}");
        DeleteIfExists(staging);
        Directory.CreateDirectory(staging);
        var stagingRoot = Path.GetFullPath(staging) + Path.DirectorySeparatorChar;

        Parallel.ForEach(files, file =>
        {
            var target = Path.GetFullPath(Path.Combine(staging, file.Path));
            if (!target.StartsWith(stagingRoot, StringComparison.Ordinal))
            {
                throw new InvalidOperationException($"output path '{file.Path}' leaves the output folder");
            }

            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            File.WriteAllBytes(target, file.Content);
        });

        DeleteIfExists(retired);
        if (Directory.Exists(full))
        {
            Directory.Move(full, retired);
        }

        Directory.Move(staging, full);
        DeleteIfExists(retired);
    }

    private static void DeleteIfExists(string dir)
    {
        if (Directory.Exists(dir))
        {
            Directory.Delete(dir, recursive: true);
        }
    }
}
