using Hubwatch.Content;
using Hubwatch.Tests.Support;

namespace Hubwatch.Tests.Fuzz;

/// <summary>
/// Replays the inputs the fuzzer (tests/fuzz/run.sh) kept: each must end in a value or in diagnostics,
/// never in an exception, so a fixed crash stays fixed.
/// </summary>
public sealed class FuzzCorpusTests
{
    private static string CorpusDir(string target) => Path.Combine(Repo.Root, "tests", "fuzz", "corpus", target);

    public static TheoryData<string> Inputs(string target) =>
        [.. (Directory.Exists(CorpusDir(target)) ? Directory.GetFiles(CorpusDir(target)) : []).Select(f => Path.GetFileName(f)).Order(StringComparer.Ordinal)];

    [Theory]
    [MemberData(nameof(Inputs), "money")]
    public void Kept_amount_inputs_parse_or_explain(string name)
    {
        var text = File.ReadAllText(Path.Combine(CorpusDir("money"), name));
        var isValid = Krw.TryParse(text, out _, out var error);
        Assert.True(isValid == (error is null), $"'{text}': valid={isValid}, error={error}");
    }

    [Theory]
    [MemberData(nameof(Inputs), "date")]
    public void Kept_date_inputs_parse_or_explain(string name)
    {
        var text = File.ReadAllText(Path.Combine(CorpusDir("date"), name));
        var isValid = PartialDate.TryParse(text, out var date, out var error);
        Assert.True(isValid ? date is not null && error is null : date is null && error is not null, $"'{text}': {error}");
    }

    [Fact]
    public void Kept_content_files_load_with_diagnostics_and_no_stack_trace()
    {
        var files = Directory.Exists(CorpusDir("loader")) ? Directory.GetFiles(CorpusDir("loader")) : [];
        Assert.NotEmpty(files);
        using var project = TempProject.FromBase();
        foreach (var file in files.Order(StringComparer.Ordinal))
        {
            File.Copy(file, Path.Combine(project.Content, "hubs", "hanbit.yaml"), overwrite: true);
            var result = project.Run("check", "--quiet");
            Assert.True(result.ExitCode is 0 or 1, $"{Path.GetFileName(file)}: exit {result.ExitCode}\n{result.Stderr}");
            Assert.DoesNotContain("   at ", result.Stderr);
        }
    }

    [Fact]
    public void Kept_page_bodies_build_with_diagnostics_and_no_stack_trace()
    {
        var files = Directory.Exists(CorpusDir("page")) ? Directory.GetFiles(CorpusDir("page")) : [];
        Assert.NotEmpty(files);
        using var project = TempProject.FromBase();
        foreach (var file in files.Order(StringComparer.Ordinal))
        {
            File.WriteAllText(Path.Combine(project.Content, "pages", "about.ko.md"), "---\ntitle: 소개\n---\n" + File.ReadAllText(file));
            var result = project.Run("build", "--quiet");
            Assert.True(result.ExitCode is 0 or 1, $"{Path.GetFileName(file)}: exit {result.ExitCode}\n{result.Stderr}");
            Assert.DoesNotContain("   at ", result.Stderr);
        }
    }
}
