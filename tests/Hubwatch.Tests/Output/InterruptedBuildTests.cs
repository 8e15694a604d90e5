using System.Diagnostics;
using Hubwatch.Output;
using Hubwatch.Tests.Support;

namespace Hubwatch.Tests.Output;

public sealed class InterruptedBuildTests
{
    [Fact]
    public void A_build_killed_while_writing_leaves_the_previous_site_whole_and_the_next_build_succeeds()
    {
        using var project = TempProject.FromBase();
        Assert.Equal(0, project.Run("build", "--quiet").ExitCode);
        var before = project.SiteFiles();
        project.Write("content/hubs/hanbit.yaml", File.ReadAllText(Path.Combine(project.Content, "hubs", "hanbit.yaml")).Replace("한빛시의 혁신거점이다.", "바뀐 요약이다."));

        // A real process, slowed down while writing, killed once a handful of pages are on disk.
        var start = new ProcessStartInfo("dotnet")
        {
            WorkingDirectory = project.Root,
            RedirectStandardError = true,
            RedirectStandardOutput = true,
        };
        foreach (var arg in new[] { typeof(Hubwatch.Cli.App).Assembly.Location, "build", "--quiet", "--content", project.Content, "--templates", Repo.Templates, "--output", project.Output })
        {
            start.ArgumentList.Add(arg);
        }

        start.Environment[SiteWriter.WriteDelayVariable] = "50";
        using var build = Process.Start(start)!;
        var staging = WaitForStagedFiles(project.Root, minimum: 5, TimeSpan.FromSeconds(60));
        build.Kill(entireProcessTree: true);
        build.WaitForExit();

        Assert.NotNull(staging);
        var after = project.SiteFiles();
        Assert.Equal(before.Keys.Order(), after.Keys.Order());
        Assert.All(before, file => Assert.Equal(file.Value, after[file.Key]));

        var next = project.Run("build", "--quiet");
        Assert.Equal(0, next.ExitCode);
        Assert.Contains("바뀐 요약이다.", File.ReadAllText(Path.Combine(project.Output, "hubs", "index.html")));
        Assert.Empty(Directory.EnumerateDirectories(project.Root, ".site-new-*"));
    }

    [Fact]
    public void A_second_build_while_one_is_writing_is_refused_clearly()
    {
        using var project = TempProject.FromBase();
        using var running = BuildLock.TryAcquire(project.Output);
        Assert.NotNull(running);

        var result = project.Run("build", "--quiet");

        Assert.Equal(2, result.ExitCode);
        Assert.Contains("another build is writing", result.Stderr);
        Assert.False(Directory.Exists(project.Output));
    }

    private static string? WaitForStagedFiles(string root, int minimum, TimeSpan timeout)
    {
        var clock = Stopwatch.StartNew();
        while (clock.Elapsed < timeout)
        {
            foreach (var dir in Directory.EnumerateDirectories(root, ".site-new-*"))
            {
                try
                {
                    if (Directory.EnumerateFiles(dir, "*", SearchOption.AllDirectories).Count() >= minimum)
                    {
                        return dir;
                    }
                }
                catch (DirectoryNotFoundException)
                {
                    // The folder can vanish between listing and counting; look again.
                }
            }

            Thread.Sleep(20);
        }

        return null;
    }
}
