using Hubwatch.Cli;
using Hubwatch.Diagnostics;
using Hubwatch.Tests.Support;

namespace Hubwatch.Tests.Cli;

/// <summary>The command line: nearest-word suggestions, usage errors, one settings record per command, and <c>check --format github</c>.</summary>
public sealed class CommandLineTests
{
    [Theory]
    [InlineData("bulid", "hubwatch: unknown command 'bulid' — did you mean 'build'?")]
    [InlineData("chek", "hubwatch: unknown command 'chek' — did you mean 'check'?")]
    [InlineData("srve", "hubwatch: unknown command 'srve' — did you mean 'serve'?")]
    [InlineData("--qiuet", "hubwatch: unknown option '--qiuet' — did you mean '--quiet'?")]
    [InlineData("--base-pth", "hubwatch: unknown option '--base-pth' — did you mean '--base-path'?")]
    [InlineData("--port", "hubwatch: unknown option '--port'")]
    public void A_mistyped_command_or_option_names_the_nearest_one_and_exits_with_2(string typo, string message)
    {
        using var project = TempProject.FromBase();
        var result = project.Run(typo);

        Assert.Equal(2, result.ExitCode);
        Assert.Equal($"{message}\nRun 'hubwatch --help' for the commands and options.\n", result.Stderr.ReplaceLineEndings("\n"));
        Assert.False(Directory.Exists(project.Output));
    }

    [Theory]
    [InlineData("serve --port abc", "hubwatch: option --port takes a whole number, not 'abc'")]
    [InlineData("check --format gh", "hubwatch: option --format takes text or github, not 'gh'")]
    [InlineData("build extra", "hubwatch: 'build' takes no argument 'extra'")]
    public void A_wrong_value_says_what_the_option_takes(string args, string message)
    {
        using var project = TempProject.FromBase();
        var result = project.Run(args.Split(' '));

        Assert.Equal(2, result.ExitCode);
        Assert.StartsWith(message + "\n", result.Stderr.ReplaceLineEndings("\n"));
    }

    [Fact]
    public void Each_command_reads_its_own_settings_record()
    {
        var commandLine = new CommandLine();

        var build = Assert.IsType<BuildSettings>(commandLine.Parse(["--quiet", "--url", "https://example.org/x/"]).Settings);
        Assert.True(build.IsQuiet);
        Assert.Equal("https://example.org/x/", build.Url);
        var check = Assert.IsType<CheckSettings>(commandLine.Parse(["check", "--format", "github", "--content", "c"]).Settings);
        Assert.Equal((DiagnosticFormat.GitHub, "c"), (check.Format, check.Build.ContentDir));
        var serve = Assert.IsType<ServeSettings>(commandLine.Parse(["serve", "--port", "0", "--base-path", "/p/"]).Settings);
        Assert.Equal((0, "/p/"), (serve.Port, serve.Build.BasePath));
        Assert.Equal(ServeSettings.DefaultPort, Assert.IsType<ServeSettings>(commandLine.Parse(["serve"]).Settings).Port);
        var create = Assert.IsType<NewSettings>(commandLine.Parse(["new", "partner", "hanbit-bank"]).Settings);
        Assert.Equal(("partner", "hanbit-bank", "content"), (create.Kind, create.Id, create.ContentDir));
        Assert.Null(commandLine.Parse(["--help"]).Settings);
    }

    [Fact]
    public void Help_describes_every_option_of_a_command()
    {
        using var project = TempProject.FromBase();
        var result = project.Run("check", "--help");

        Assert.Equal(0, result.ExitCode);
        foreach (var line in new[] { "--format <text|github>", "--url <url>", "--base-path <path>", "--content <dir>", "-q, --quiet" })
        {
            Assert.Contains("\n  " + line, result.Stdout.ReplaceLineEndings("\n"));
        }
    }

    [Fact]
    public void Check_format_github_prints_a_workflow_command_per_problem()
    {
        using var project = TempProject.FromBase();
        project.Overlay(Path.Combine(Repo.Fixtures, "cases", "001-quote-altered"));
        project.Overlay(Path.Combine(Repo.Fixtures, "cases", "002-unknown-partner"));
        var result = project.Run("check", "--format", "github", "--quiet");
        using var warned = TempProject.FromBase();
        warned.Overlay(Path.Combine(Repo.Fixtures, "cases", "014-partner-without-hub"));
        var warning = warned.Run("check", "--format", "github", "--quiet");

        Assert.Equal(1, result.ExitCode);
        Assert.Equal(
            """
            ::error file=content/agreements/hanbit-mou-2024.yaml,line=8,col=14,title=Hubwatch::unknown partner 'hanbit-citty'%0Ahint: did you mean 'hanbit-city'?
            ::error file=content/hubs/hanbit.yaml,line=11,col=18,title=Hubwatch::key_figures[0].value.ko states 1,250,000,000 won ('12.5억원'), which no quote hub 'hanbit' cites contains%0Ahint: cite the passage that states it: 100_fixture: "이에 따라 한빛시는 2025년까지 총 12.5억원을 투입할 계획이다."
            ::error file=content/hubs/hanbit.yaml,line=14,col=16,title=Hubwatch::quote not found in seed 100_fixture%0Ahint: nearest passage: "총 12.5억원을 투입할 계획이다"; they differ at character 6: the quote has '6억원을 투입할', the seed has '5억원을 투입할'

            """,
            result.Stdout.ReplaceLineEndings("\n"));
        Assert.Equal("3 error(s); check failed.\n", result.Stderr.ReplaceLineEndings("\n"));
        Assert.Equal(0, warning.ExitCode);
        Assert.Equal(
            """
            ::warning file=content/partners/hanbit-bank.yaml,line=1,col=1,title=Hubwatch::partner 'hanbit-bank' is linked to no hub%0Ahint: name it as a party of an agreement, the funder of a funding figure or the owner of a program a hub takes part in; or remove it

            """,
            warning.Stdout.ReplaceLineEndings("\n"));
        Assert.Equal("", warning.Stderr);
    }

    [Fact]
    public void Workflow_command_values_are_escaped_as_GitHub_reads_them()
    {
        var diagnostic = new Diagnostic(Severity.Warning, new SourceLocation("content/a,b:c%.yaml", 3, 7), "100% sure\r\nnot", "x, y: z");

        Assert.Equal(
            "::warning file=content/a%2Cb%3Ac%25.yaml,line=3,col=7,title=Hubwatch::100%25 sure%0D%0Anot%0Ahint: x, y: z",
            GitHubAnnotations.Format(diagnostic));
    }

    [Fact]
    public void A_problem_with_a_whole_file_is_annotated_on_the_file_without_a_line()
    {
        var diagnostic = new Diagnostic(Severity.Error, SourceLocation.Whole("content/partners/evil.yaml"), "symbolic link", null);

        Assert.Equal("::error file=content/partners/evil.yaml,title=Hubwatch::symbolic link", GitHubAnnotations.Format(diagnostic));
    }
}
