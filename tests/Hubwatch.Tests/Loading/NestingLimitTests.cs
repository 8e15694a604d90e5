using Hubwatch.Diagnostics;
using Hubwatch.Loading;
using Hubwatch.Tests.Support;

namespace Hubwatch.Tests.Loading;

/// <summary>Nesting is limited before YAML or Markdown is parsed: at the limit it loads, past it it is an error at its position, never a crash.</summary>
public sealed class NestingLimitTests
{
    private static string NestedYaml(int levels) => "a: " + new string('[', levels - 1) + new string(']', levels - 1) + "\n";

    [Fact]
    public void Yaml_at_the_limit_loads_and_one_level_more_is_an_error_at_the_opening_bracket()
    {
        // The document's own mapping is the first level.
        var atLimit = new DiagnosticBag();
        Assert.True(YamlFeatureCheck.Check(NestedYaml(YamlFeatureCheck.MaxDepth), "x.yaml", atLimit, 0, out _));
        Assert.Empty(atLimit.Sorted());

        var beyond = new DiagnosticBag();
        Assert.False(YamlFeatureCheck.Check(NestedYaml(YamlFeatureCheck.MaxDepth + 1), "x.yaml", beyond, 0, out _));
        Assert.Equal(["x.yaml:1:35: error: YAML nested more than 32 levels\n  hint: content needs a few levels; look for a runaway [ or {"], beyond.Sorted().Select(d => d.Format()));
    }

    [Fact]
    public void Markdown_at_the_limit_passes_and_one_level_more_is_found_at_its_marker()
    {
        Assert.Null(MarkdownNestingCheck.Find(string.Concat(Enumerable.Repeat("> ", MarkdownNestingCheck.MaxDepth)) + "x\n"));
        Assert.Equal((1, 64, "block quotes and lists"), MarkdownNestingCheck.Find("text\n" + string.Concat(Enumerable.Repeat("> ", MarkdownNestingCheck.MaxDepth + 1)) + "x\n"));

        Assert.Null(MarkdownNestingCheck.Find(new string('*', MarkdownNestingCheck.MaxDepth) + "x" + new string('*', MarkdownNestingCheck.MaxDepth)));
        Assert.Equal((0, 0, "emphasis"), MarkdownNestingCheck.Find(new string('*', MarkdownNestingCheck.MaxDepth + 1) + "x"));

        // Unclosed link brackets nest what follows them (Markdig's renderer recurses once per bracket; found by fuzzing).
        Assert.Null(MarkdownNestingCheck.Find(new string('[', MarkdownNestingCheck.MaxDepth)));
        Assert.Equal((0, 32, "link brackets"), MarkdownNestingCheck.Find(new string('[', 200)));

        // Nested lists by indentation count too; a code fence's content does not.
        var lists = string.Concat(Enumerable.Range(0, 40).Select(i => new string(' ', 2 * i) + "- x\n"));
        Assert.Equal("block quotes and lists", MarkdownNestingCheck.Find(lists)?.What);
        Assert.Null(MarkdownNestingCheck.Find("```\n" + new string('>', 200) + "\n```\n"));
    }

    [Fact]
    public void A_megabyte_of_nesting_in_yaml_and_in_markdown_is_an_error_not_a_crash()
    {
        using var project = TempProject.FromBase();
        project.Write("content/programs/hub-program.yaml", File.ReadAllText(Path.Combine(project.Content, "programs", "hub-program.yaml")) + "extra: " + new string('[', 500_000) + "\n");
        project.Write("content/pages/about.en.md", "---\ntitle: About\n---\n" + new string('>', 1_000_000) + "\n");

        var result = project.Run("build");

        Assert.Equal(1, result.ExitCode);
        Assert.Contains("content/programs/hub-program.yaml:", result.Stderr);
        Assert.Contains(": error: YAML nested more than 32 levels", result.Stderr);
        Assert.Contains("content/pages/about.en.md:4:33: error: Markdown block quotes and lists nested more than 32 levels", result.Stderr);
        Assert.DoesNotContain("   at ", result.Stderr);
        Assert.False(Directory.Exists(project.Output));
    }
}
