using Hubwatch.Bench.Corpus;
using Hubwatch.Tests.Support;
using YamlDotNet.RepresentationModel;

namespace Hubwatch.Tests.Bench;

/// <summary>
/// The Hugo side of the benchmark must render the page set Hubwatch renders. Hugo writes a term page for every
/// taxonomy term in use, so the Hugo content decides which paged lists exist: these tests read what the corpus
/// writer wrote, as Hugo would, and check it against the records themselves.
/// </summary>
public sealed class HugoWriterTests(HugoCorpusFixture corpus) : IClassFixture<HugoCorpusFixture>
{
    private readonly string _root = corpus.Root;

    [Theory]
    [InlineData("ko")]
    [InlineData("en")]
    public void An_owner_gets_a_paged_list_of_its_figures_or_agreements_exactly_when_it_has_more_than_its_page_shows(string lang)
    {
        var funding = Records(lang, "funding");
        var agreements = Records(lang, "agreements");

        AssertTagged(funding, "partners", "partner_funding");
        AssertTagged(funding, "programs", "program_funding");
        AssertTagged(agreements, "hubs", "hub_agreements");
        AssertTagged(agreements, "partners", "partner_agreements");
        AssertTagged(agreements, "programs", "program_agreements");

        // At this size some owners have more than a page shows and most do not, so both sides of the rule are tested.
        Assert.InRange(funding.Count(f => f.ContainsKey("partner_funding")), 1, funding.Count - 1);
        Assert.InRange(agreements.Count(a => a.ContainsKey("partner_agreements")), 1, agreements.Count - 1);
    }

    [Fact]
    public void Every_figure_is_tagged_with_its_facets_as_Hubwatch_groups_them()
    {
        var funding = Records("en", "funding");

        Assert.Equal(1000, funding.Count);
        Assert.All(funding, f =>
        {
            Assert.Equal(List(f, "hubs"), List(f, "facet_hubs"));
            Assert.Equal([Text(f, "funder_kind")], List(f, "funder_kinds"));
            Assert.Equal([Text(f, "status")], List(f, "statuses"));

            // A year facet holds the figures whose yearly breakdown names that year.
            var years = f.TryGetValue("breakdown", out var lines)
                ? ((YamlSequenceNode)lines).Cast<YamlMappingNode>().Where(l => l.Children.ContainsKey("year")).Select(l => Text(l, "year")).Distinct().ToArray()
                : [];
            Assert.Equal(years, List(f, "years"));
        });
        Assert.Contains(funding, f => List(f, "years").Length > 0);
    }

    [Fact]
    public void Each_facet_value_has_a_term_page_and_only_the_Korean_one_writes_the_CSV()
    {
        var funding = Records("ko", "funding");
        foreach (var (taxonomy, keys) in new[] { "facet_hubs", "funder_kinds", "statuses", "years" }.Select(t => (t, funding.SelectMany(f => List(f, t)).Distinct().ToArray())))
        {
            Assert.NotEmpty(keys);
            Assert.Equal(keys.Order(StringComparer.Ordinal), Directory.GetDirectories(Path.Combine(_root, "content", "ko", taxonomy)).Select(Path.GetFileName).Order(StringComparer.Ordinal));
            Assert.All(keys, key =>
            {
                var ko = FrontMatter(Path.Combine(_root, "content", "ko", taxonomy, key, "_index.md"));
                Assert.Equal(["html", "csv"], ((YamlSequenceNode)ko["outputs"]).Select(n => ((YamlScalarNode)n).Value));
                Assert.False(FrontMatter(Path.Combine(_root, "content", "en", taxonomy, key, "_index.md")).Children.ContainsKey("outputs"));
            });
        }
    }

    [Theory]
    [InlineData("ko", "/partners/by-name/", "/timeline/")]
    [InlineData("en", "/en/partners/by-name/", "/en/timeline/")]
    public void The_lists_that_are_not_taxonomies_sit_at_Hubwatchs_addresses(string lang, string byName, string timeline)
    {
        Assert.Equal(byName, Text(FrontMatter(Path.Combine(_root, "content", lang, "names", "_index.md")), "url"));
        Assert.Equal(timeline, Text(FrontMatter(Path.Combine(_root, "content", lang, "agreements", "_index.md")), "url"));
        Assert.Equal("all", Text(FrontMatter(Path.Combine(_root, "content", lang, "funding", "all", "_index.md")), "layout"));
    }

    [Fact]
    public void Each_list_taxonomy_is_configured_has_a_layout_and_no_page_of_its_own()
    {
        var config = File.ReadAllText(Path.Combine(Repo.Root, "bench", "hugo", "hugo.toml"));
        string[] taxonomies = ["facet_hubs", "funder_kinds", "statuses", "years", "partner_funding", "program_funding", "hub_agreements", "partner_agreements", "program_agreements"];
        foreach (var taxonomy in taxonomies)
        {
            Assert.Contains($"= \"{taxonomy}\"\n", config.ReplaceLineEndings("\n"), StringComparison.Ordinal);
            Assert.Contains($"\n  {taxonomy} = \"/", config.ReplaceLineEndings("\n"), StringComparison.Ordinal);
            Assert.True(File.Exists(Path.Combine(Repo.Root, "bench", "hugo", "layouts", taxonomy, "term.html")), $"{taxonomy} has no term layout");
            foreach (var lang in new[] { "ko", "en" })
            {
                var build = (YamlMappingNode)FrontMatter(Path.Combine(_root, "content", lang, taxonomy, "_index.md"))["_build"];
                Assert.Equal("never", Text(build, "render"));
            }
        }
    }

    /// <summary>Each record tagged <paramref name="list"/> names exactly those of its <paramref name="owners"/> that have more than 20 such records.</summary>
    private static void AssertTagged(IReadOnlyList<Dictionary<string, YamlNode>> records, string owners, string list)
    {
        var counts = records.SelectMany(r => List(r, owners).Distinct()).GroupBy(id => id).ToDictionary(g => g.Key, g => g.Count());
        Assert.All(records, r => Assert.Equal(
            List(r, owners).Distinct().Where(id => counts[id] > HugoWriter.RecordPageLimit).ToArray(),
            List(r, list)));
    }

    private List<Dictionary<string, YamlNode>> Records(string lang, string section) =>
        [.. Directory.GetFiles(Path.Combine(_root, "content", lang, section), "*.md")
            .Where(f => Path.GetFileName(f) != "_index.md")
            .Order(StringComparer.Ordinal)
            .Select(f => FrontMatter(f).Children.ToDictionary(p => ((YamlScalarNode)p.Key).Value!, p => p.Value))];

    private static YamlMappingNode FrontMatter(string path)
    {
        var text = File.ReadAllText(path);
        var end = text.IndexOf("\n---\n", 4, StringComparison.Ordinal);
        var yaml = new YamlStream();
        yaml.Load(new StringReader(text[4..end]));
        return (YamlMappingNode)yaml.Documents[0].RootNode;
    }

    private static string[] List(Dictionary<string, YamlNode> record, string key) =>
        record.TryGetValue(key, out var node) ? [.. ((YamlSequenceNode)node).Select(n => ((YamlScalarNode)n).Value!)] : [];

    private static string Text(Dictionary<string, YamlNode> record, string key) => ((YamlScalarNode)record[key]).Value!;

    private static string Text(YamlMappingNode map, string key) => ((YamlScalarNode)map[key]).Value!;
}

/// <summary>The Hugo content of the benchmark's 1,000-figure corpus, written once for all the tests.</summary>
public sealed class HugoCorpusFixture : IDisposable
{
    public HugoCorpusFixture() => HugoWriter.Write(new CorpusBuilder(seed: 1, size: 1000).Build(), Root);

    public string Root { get; } = Path.Combine(Path.GetTempPath(), "hubwatch-tests", Guid.NewGuid().ToString("N"));

    public void Dispose() => Directory.Delete(Root, recursive: true);
}
