using Hubwatch.Tests.Support;

namespace Hubwatch.Tests.Validation;

/// <summary>
/// Each folder in Fixtures/cases lays a mistake over the small valid site; <c>expected.txt</c> holds the
/// exact diagnostics <c>hubwatch check</c> must print, so wording, file, line and column are all pinned.
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
        Assert.Equal(File.ReadAllText(expectedPath).ReplaceLineEndings("\n"), result.Stderr.ReplaceLineEndings("\n"));
        Assert.Equal(1, result.ExitCode);
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
