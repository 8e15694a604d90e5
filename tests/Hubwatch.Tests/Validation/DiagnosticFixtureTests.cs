using Hubwatch.Tests.Support;

namespace Hubwatch.Tests.Validation;

/// <summary>
/// Each folder in Fixtures/cases lays a mistake over the small valid site; <c>expected.txt</c> holds the
/// exact diagnostics <c>hubwatch check</c> must print, so wording, file, line and column are all pinned.
/// A case whose expected output has only warnings must exit 0, any other 1.
/// </summary>
public sealed class DiagnosticFixtureTests
{
    public static TheoryData<string> Cases() =>
        [.. Directory.EnumerateDirectories(Path.Combine(Repo.Fixtures, "cases")).Select(d => Path.GetFileName(d)!).Order(StringComparer.Ordinal)];

    [Theory]
    [MemberData(nameof(Cases))]
    public void Check_prints_exactly_the_expected_diagnostics(string name)
    {
        var caseDir = Path.Combine(Repo.Fixtures, "cases", name);
        using var project = TempProject.FromBase();
        project.Overlay(caseDir);

        var result = project.Run("check", "--quiet");

        var expectedPath = Path.Combine(caseDir, "expected.txt");
        Assert.True(File.Exists(expectedPath), $"{name} has no expected.txt; actual output was:\n{result.Stderr}");
        var expected = File.ReadAllText(expectedPath).ReplaceLineEndings("\n");
        Assert.Equal(expected, result.Stderr.ReplaceLineEndings("\n"));
        // Warnings alone do not fail a check; one error does.
        Assert.Equal(expected.Contains(": error: ", StringComparison.Ordinal) ? 1 : 0, result.ExitCode);
        Assert.DoesNotContain("   at ", result.Stderr);
    }

    [Fact]
    public void The_base_fixture_is_valid()
    {
        using var project = TempProject.FromBase();
        var result = project.Run("check", "--quiet");
        Assert.Equal("", result.Stderr);
        Assert.Equal(0, result.ExitCode);
    }
}
