using System.Diagnostics;
using Hubwatch.Tests.Support;

namespace Hubwatch.Tests.Output;

/// <summary>A full or read-only disk under the output folder: a plain message with the path, exit 2, the previous site whole.</summary>
public sealed class DiskFailureTests
{
    [TmpfsFact]
    public void A_disk_that_fills_up_while_writing_leaves_the_previous_site_whole()
    {
        using var project = TempProject.FromBase();
        // How much a site takes on tmpfs (whole 4 KiB pages per file), measured from a build of the same content.
        Assert.Equal(0, project.Run("build", "--quiet").ExitCode);
        var used = Directory.EnumerateFiles(project.Output, "*", SearchOption.AllDirectories).Sum(f => (new FileInfo(f).Length + 4095) / 4096 * 4096);

        // Room for one site and half of another: the first build fits, the second runs out of space half-way.
        using var disk = Tmpfs.Mount(size: used * 3 / 2);
        var output = Path.Combine(disk.Path, "site");
        Assert.Equal(0, project.RunWithoutOutput("build", "--quiet", "--content", project.Content, "--output", output).ExitCode);
        var before = Directory.EnumerateFiles(output, "*", SearchOption.AllDirectories).ToDictionary(f => f, File.ReadAllBytes);
        project.Write("content/hubs/hanbit.yaml", File.ReadAllText(Path.Combine(project.Content, "hubs", "hanbit.yaml")).Replace("한빛시의 혁신거점이다.", "바뀐 요약이다."));

        var result = project.RunWithoutOutput("build", "--quiet", "--content", project.Content, "--output", output);

        Assert.Equal(2, result.ExitCode);
        var message = Assert.Single(result.Stderr.ReplaceLineEndings("\n").TrimEnd('\n').Split('\n'));
        Assert.StartsWith($"hubwatch: cannot write the site to {output}: the disk is full: {disk.Path}/.site-new-", message);
        Assert.EndsWith("; the previous site is unchanged.", message);
        var after = Directory.EnumerateFiles(output, "*", SearchOption.AllDirectories).ToDictionary(f => f, File.ReadAllBytes);
        Assert.Equal(before.Keys.Order(), after.Keys.Order());
        Assert.All(before, file => Assert.Equal(file.Value, after[file.Key]));
        Assert.Equal(["site"], Directory.EnumerateFileSystemEntries(disk.Path).Select(Path.GetFileName));
    }

    [TmpfsFact]
    public void A_read_only_output_folder_is_reported_as_read_only_not_as_another_build()
    {
        using var project = TempProject.FromBase();
        using var disk = Tmpfs.Mount(size: 64 * 1024 * 1024);
        var output = Path.Combine(disk.Path, "site");
        Assert.Equal(0, project.RunWithoutOutput("build", "--quiet", "--content", project.Content, "--output", output).ExitCode);
        disk.MakeReadOnly();

        var result = project.RunWithoutOutput("build", "--quiet", "--content", project.Content, "--output", output);

        Assert.Equal(2, result.ExitCode);
        Assert.Equal($"hubwatch: cannot write the site to {output}: the file system is read-only: {disk.Path}/.site.lock; the previous site is unchanged.\n", result.Stderr.ReplaceLineEndings("\n"));
        Assert.True(File.Exists(Path.Combine(output, "index.html")));
    }

    /// <summary>A test that needs to mount a tmpfs: skipped, with the reason, where the tests may not mount one.</summary>
    private sealed class TmpfsFactAttribute : FactAttribute
    {
        public TmpfsFactAttribute()
        {
            if (!OperatingSystem.IsLinux())
            {
                Skip = "needs Linux to mount a tmpfs";
            }
            else if (Environment.UserName != "root")
            {
                Skip = "needs root to mount a tmpfs (the disk-full and read-only cases run in CI containers as root)";
            }
        }
    }

    private sealed class Tmpfs : IDisposable
    {
        private Tmpfs(string path) => Path = path;

        public string Path { get; }

        public static Tmpfs Mount(long size)
        {
            var path = System.IO.Path.Combine(System.IO.Path.GetTempPath(), "hubwatch-tests", "tmpfs-" + Guid.NewGuid().ToString("N"));
            Directory.CreateDirectory(path);
            Run("mount", "-t", "tmpfs", "-o", $"size={size}", "tmpfs", path);
            return new Tmpfs(path);
        }

        public void MakeReadOnly() => Run("mount", "-o", "remount,ro", Path);

        public void Dispose()
        {
            Run("umount", Path);
            Directory.Delete(Path);
        }

        private static void Run(string command, params string[] args)
        {
            var start = new ProcessStartInfo(command) { RedirectStandardError = true };
            foreach (var arg in args)
            {
                start.ArgumentList.Add(arg);
            }

            using var process = Process.Start(start)!;
            var error = process.StandardError.ReadToEnd();
            process.WaitForExit();
            Assert.True(process.ExitCode == 0, $"{command} {string.Join(' ', args)} failed: {error}");
        }
    }
}
