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

            content/hubs/hanbit.yaml:14:16: error: quote not found in seed 100_fixture
              hint: nearest passage: "총 12.5억원을 투입할 계획이다"; they differ at character 6: the quote has '6억원을 투입할', the seed has '5억원을 투입할'
            2 error(s); the site was not written, the previous one is unchanged.

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
        Assert.Equal("", project.Run("build", "--quiet").Stderr);
    }

    [Theory]
    [InlineData("--nope", "unknown option --nope")]
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
