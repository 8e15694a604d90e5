using System.Diagnostics;
using Hubwatch.Diagnostics;
using Hubwatch.Output;
using Hubwatch.Rendering;
using Hubwatch.Tests.Support;

namespace Hubwatch.Tests.Output;

/// <summary>How much a site weighs as the Pages workflow packs it (a tar of the folder), and the warning when that is over what Pages publishes.</summary>
public sealed class PagesLimitTests
{
    [Fact]
    public void The_tar_size_is_what_gnu_tar_writes_for_the_built_site()
    {
        using var project = TempProject.FromBase();
        Assert.Equal(0, project.Run("build", "--quiet").ExitCode);

        var files = Written(project.Output);

        Assert.Equal(GnuTarBytes(project.Output), PagesLimit.TarBytes(files));
    }

    [Fact]
    public void A_site_over_the_limit_is_warned_about_with_its_size_and_where_it_is()
    {
        // Three files of 0.4 GB in two folders: 1.2 GB of content, over the 1 GB Pages publishes.
        OutputFile[] files = [Sized("index.html", 400_000_000), Sized("en/index.html", 400_000_000), Sized("data/portal.json", 400_000_000)];
        var bag = new DiagnosticBag();

        PagesLimit.Check(files, SourceLocation.Whole("site"), bag);

        var warning = Assert.Single(bag.Sorted());
        Assert.Equal(
            "site: warning: the site weighs 1.20 GB as a tar of its 3 files, as the Pages workflow packs it: more than the 1 GB GitHub Pages publishes, so its deploy may be refused\n" +
            "  hint: GitHub's limits for Pages: https://docs.github.com/en/pages/getting-started-with-github-pages/github-pages-limits",
            warning.Format().ReplaceLineEndings("\n"));
    }

    [Fact]
    public void A_site_under_the_limit_is_not_warned_about()
    {
        OutputFile[] files = [Sized("index.html", 999_000_000)];
        var bag = new DiagnosticBag();

        PagesLimit.Check(files, SourceLocation.Whole("site"), bag);

        Assert.Empty(bag.Sorted());
    }

    private static OutputFile Sized(string path, long length) => new OutputFile(path, []).Written(length);

    private static List<OutputFile> Written(string folder) =>
        [.. Directory.EnumerateFiles(folder, "*", SearchOption.AllDirectories)
            .Select(file => Sized(Path.GetRelativePath(folder, file).Replace('\\', '/'), new FileInfo(file).Length))];

    /// <summary>The bytes <c>tar -cf - .</c> writes for <paramref name="folder"/>, as the Pages workflow's upload step runs it.</summary>
    private static long GnuTarBytes(string folder)
    {
        var start = new ProcessStartInfo("tar") { RedirectStandardOutput = true, WorkingDirectory = folder };
        foreach (var argument in new[] { "-cf", "-", "." })
        {
            start.ArgumentList.Add(argument);
        }

        using var tar = Process.Start(start)!;
        var stream = tar.StandardOutput.BaseStream;
        var buffer = new byte[1 << 16];
        long total = 0;
        for (int read; (read = stream.Read(buffer)) > 0;)
        {
            total += read;
        }

        tar.WaitForExit();
        Assert.Equal(0, tar.ExitCode);
        return total;
    }
}
