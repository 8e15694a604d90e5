using System.Text.RegularExpressions;
using Hubwatch.Bench.Corpus;
using Hubwatch.Tests.Support;

namespace Hubwatch.Tests.Bench;

/// <summary>
/// The benchmark's synthetic corpus (bench/corpus) must stay a valid portal as the content model changes, and
/// must depend on nothing but its seed and size, or two benchmark runs would not build the same thing.
/// </summary>
public sealed partial class CorpusGeneratorTests
{
    [Fact]
    public void Corpus_of_more_than_a_thousand_figures_builds_without_a_single_diagnostic()
    {
        using var project = new TempProject();
        HubwatchWriter.Write(new CorpusBuilder(seed: 3, size: 1050).Build(), project.Root);

        var result = project.Run("build");

        Assert.Equal(0, result.ExitCode);
        Assert.Contains(TempProject.NoHistoryWarning, result.Stderr.ReplaceLineEndings("\n"));
        Assert.DoesNotMatch(Diagnostic(), TempProject.WithoutHistoryWarning(result.Stderr));

        // Every figure is a row of one page of the list of every figure, and each page is whole.
        var pages = Enumerable.Range(1, 11)
            .Select(n => File.ReadAllText(Path.Combine(project.Output, Hubwatch.Model.Paging.Route("funding/all/", n), "index.html")))
            .ToArray();
        Assert.Equal(1050, pages.Sum(p => FundingRow().Count(p)));
        Assert.All(pages, p => Assert.EndsWith("</html>\n", p, StringComparison.Ordinal));
    }

    [Fact]
    public void Same_seed_and_size_give_the_same_files_byte_for_byte()
    {
        using var first = new TempProject();
        using var second = new TempProject();
        using var other = new TempProject();
        HubwatchWriter.Write(new CorpusBuilder(seed: 5, size: 60).Build(), first.Root);
        HubwatchWriter.Write(new CorpusBuilder(seed: 5, size: 60).Build(), second.Root);
        HubwatchWriter.Write(new CorpusBuilder(seed: 6, size: 60).Build(), other.Root);

        var a = Files(first.Root);
        var b = Files(second.Root);
        Assert.Equal(a.Keys.Order(StringComparer.Ordinal), b.Keys.Order(StringComparer.Ordinal));
        Assert.All(a, file => Assert.Equal(file.Value, b[file.Key]));

        var c = Files(other.Root);
        var funding = a.Where(f => f.Key.StartsWith("content/funding/", StringComparison.Ordinal)).ToArray();
        Assert.NotEmpty(funding);
        Assert.False(funding.All(f => c.TryGetValue(f.Key, out var bytes) && bytes.SequenceEqual(f.Value)), "another seed must give another corpus");
    }

    [Fact]
    public void Every_quote_is_a_sentence_of_its_seed_document()
    {
        var corpus = new CorpusBuilder(seed: 9, size: 200).Build();
        var texts = corpus.Seeds.ToDictionary(s => s.Id, s => s.Body);
        var quotes = corpus.Funding.SelectMany(f => f.Sources)
            .Concat(corpus.Agreements.SelectMany(a => a.Sources.Concat(a.Parties.SelectMany(p => p.Sources))))
            .Concat(corpus.Partners.SelectMany(p => p.Sources))
            .Concat(corpus.Hubs.SelectMany(h => h.Sources.Concat(h.KeyFigures.SelectMany(k => k.Sources))))
            .Concat(corpus.Programs.SelectMany(p => p.Sources))
            .ToArray();

        Assert.True(quotes.Length > 200 * 2);
        Assert.All(quotes, q => Assert.Contains(q.Sentence, texts[q.Seed], StringComparison.Ordinal));
        Assert.Equal(200 / 5, corpus.Partners.Count);
        Assert.Equal(200, corpus.Funding.Count);
    }

    private static Dictionary<string, byte[]> Files(string root) =>
        Directory.EnumerateFiles(root, "*", SearchOption.AllDirectories)
            .ToDictionary(f => Path.GetRelativePath(root, f).Replace('\\', '/'), File.ReadAllBytes);

    [GeneratedRegex(@": (error|warning): ")]
    private static partial Regex Diagnostic();

    [GeneratedRegex("<li data-id=\"")]
    private static partial Regex FundingRow();
}
