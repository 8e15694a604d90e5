using Hubwatch.Cli;
using Hubwatch.Tests.Support;

namespace Hubwatch.Tests.Cli;

public sealed class BuildCommandTests
{
    [Fact]
    public void Building_a_broken_site_prints_every_error_and_leaves_the_previous_site_untouched()
    {
        using var project = TempProject.FromBase();
        Assert.Equal(0, project.Run("build", "--quiet").ExitCode);
        var before = project.SiteFiles();

        project.Overlay(Path.Combine(Repo.Fixtures, "cases", "001-quote-altered"));
        project.Overlay(Path.Combine(Repo.Fixtures, "cases", "002-unknown-partner"));
        var result = project.Run("build");

        Assert.Equal(1, result.ExitCode);
        Assert.Equal(
            """
            content/agreements/hanbit-mou-2024.yaml:8:14: error: unknown partner 'hanbit-citty'
              hint: did you mean 'hanbit-city'?

            content/hubs/hanbit.yaml:11:18: error: key_figures[0].value.ko states 1,250,000,000 won ('12.5억원'), which no quote hub 'hanbit' cites contains
              hint: cite the passage that states it: 100_fixture: "이에 따라 한빛시는 2025년까지 총 12.5억원을 투입할 계획이다."
            content/hubs/hanbit.yaml:14:16: error: quote not found in seed 100_fixture
              hint: nearest passage: "총 12.5억원을 투입할 계획이다"; they differ at character 6: the quote has '6억원을 투입할', the seed has '5억원을 투입할'
            3 error(s); the site was not written, the previous one is unchanged.

            """,
            result.Stderr.ReplaceLineEndings("\n"));
        var after = project.SiteFiles();
        Assert.Equal(before.Keys.Order(), after.Keys.Order());
        Assert.All(before, file => Assert.Equal(file.Value, after[file.Key]));
    }

    [Fact]
    public void Two_builds_of_the_same_content_are_byte_identical()
    {
        using var project = TempProject.FromRepository();
        Assert.Equal(0, project.Run("build", "--quiet").ExitCode);
        var first = project.SiteFiles();
        Assert.Equal(0, project.Run("build", "--quiet").ExitCode);
        var second = project.SiteFiles();

        Assert.Equal(first.Keys.Order(), second.Keys.Order());
        Assert.All(first, file => Assert.True(file.Value.AsSpan().SequenceEqual(second[file.Key]), $"{file.Key} differs between builds"));
    }

    [Fact]
    public void Check_writes_nothing()
    {
        using var project = TempProject.FromBase();
        var result = project.Run("check");
        Assert.Equal(0, result.ExitCode);
        Assert.False(Directory.Exists(project.Output));
        Assert.Contains("Content is valid", result.Stderr);
    }

    [Fact]
    public void A_build_lists_its_stages_with_verbose_and_nothing_with_quiet()
    {
        using var project = TempProject.FromBase();
        var verbose = project.Run("build", "--verbose");
        Assert.Contains("validate", verbose.Stderr);
        Assert.Contains("render", verbose.Stderr);
        Assert.Equal(TempProject.NoHistoryWarning, project.Run("build", "--quiet").Stderr.ReplaceLineEndings("\n"));
    }

    [Fact]
    public void Verbose_times_every_stage_quiet_prints_only_problems_and_otherwise_a_summary()
    {
        using var project = TempProject.FromBase();
        project.Overlay(Path.Combine(Repo.Fixtures, "cases", "014-partner-without-hub"));
        const string Warning = "content/partners/hanbit-bank.yaml:1:1: warning: partner 'hanbit-bank' is linked to no hub\n";

        var verbose = project.Run("build", "--verbose").Stderr.ReplaceLineEndings("\n");
        foreach (var stage in new[] { "load", "templates", "validate", "model", "render", "write" })
        {
            Assert.Matches($"(?m)^  {stage} +[0-9]+\\.[0-9] ms  ", verbose);
        }

        Assert.Matches("(?m)^  render +[0-9.]+ ms  [0-9]+ pages, [0-9]+ files$", verbose);
        Assert.StartsWith(TempProject.NoHistoryWarning + "\n" + Warning, project.Run("build", "--quiet").Stderr.ReplaceLineEndings("\n"));
        Assert.Equal(4, project.Run("build", "--quiet").Stderr.ReplaceLineEndings("\n").Split('\n', StringSplitOptions.RemoveEmptyEntries).Length);
        Assert.Matches("^" + System.Text.RegularExpressions.Regex.Escape(TempProject.NoHistoryWarning + "\n" + Warning) + ".*\nWrote [0-9]+ pages, [0-9]+ files to site in [0-9]+ ms, 2 warning\\(s\\)\\.\n$", project.Run("build").Stderr.ReplaceLineEndings("\n"));
    }

    [Fact]
    public void A_long_stage_says_which_stage_it_is_in_and_how_many_pages_are_done()
    {
        var error = new StringWriter();
        using var progress = new Progress(error, isQuiet: false, isVerbose: false, heartbeat: TimeSpan.Zero);

        progress.Stage("render", () =>
        {
            progress.Expect(1200, "pages");
            for (var i = 0; i < 300; i++)
            {
                progress.Advance();
            }

            progress.Beat();
            return 0;
        }, _ => "");
        progress.Beat();

        Assert.Matches("^  … render: 300 of 1,200 pages \\([0-9]+\\.[0-9] s\\)\r?\n$", error.ToString());
    }

    [Fact]
    public void A_quiet_build_never_reports_progress()
    {
        var error = new StringWriter();
        using var progress = new Progress(error, isQuiet: true, isVerbose: false, heartbeat: TimeSpan.Zero);
        progress.Stage("render", () =>
        {
            progress.Expect(10, "pages");
            progress.Beat();
            return 0;
        }, _ => "");
        progress.Say("done");
        Assert.Equal("", error.ToString());
    }

    [Theory]
    [InlineData("--nope", "unknown option '--nope'")]
    [InlineData("publish", "unknown command 'publish'")]
    [InlineData("--base-path", "option --base-path needs a value")]
    public void Wrong_usage_exits_with_2_and_says_why(string arg, string message)
    {
        using var project = TempProject.FromBase();
        var result = project.Run(arg);
        Assert.Equal(2, result.ExitCode);
        Assert.Contains(message, result.Stderr);
    }

    [Fact]
    public void Help_explains_every_command_and_option()
    {
        using var project = TempProject.FromBase();
        var result = project.Run("--help");
        Assert.Equal(0, result.ExitCode);
        foreach (var word in new[] { "build", "check", "serve", "new", "--content", "--templates", "--output", "--base-path", "--quiet", "--verbose" })
        {
            Assert.Contains(word, result.Stdout);
        }
    }
}
