using Hubwatch.Tests.Support;

namespace Hubwatch.Tests.Cli;

/// <summary>Whatever goes wrong inside, the command line answers with exit 2 and one line; the stack trace only with --verbose.</summary>
public sealed class UnexpectedErrorTests
{
    [Fact]
    public void An_unexpected_exception_is_one_line_with_a_pointer_to_verbose()
    {
        using var project = TempProject.FromBase();

        // A path with a NUL character cannot come from a shell, but a script calling the program can pass one.
        var result = project.RunWithoutOutput("build", "--output", "si\0te");

        Assert.Equal(2, result.ExitCode);
        Assert.Equal("hubwatch: internal error (ArgumentException: Null character in path. (Parameter 'path')); run again with --verbose for the details.\n", result.Stderr.ReplaceLineEndings("\n"));
        Assert.DoesNotContain("   at ", result.Stderr);
    }

    [Fact]
    public void Verbose_adds_the_stack_trace()
    {
        using var project = TempProject.FromBase();

        var result = project.RunWithoutOutput("build", "--verbose", "--output", "si\0te");

        Assert.Equal(2, result.ExitCode);
        Assert.StartsWith("hubwatch: internal error (ArgumentException: ", result.Stderr);
        Assert.Contains("   at Hubwatch.", result.Stderr);
    }
}
