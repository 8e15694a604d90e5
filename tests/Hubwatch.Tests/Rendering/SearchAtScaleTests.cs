using System.IO.Compression;
using Hubwatch.Bench.Corpus;
using Hubwatch.Cli;
using Hubwatch.Diagnostics;
using Hubwatch.Model.Search;
using Hubwatch.Tests.Support;

namespace Hubwatch.Tests.Rendering;

/// <summary>
/// The benchmark's synthetic corpus at 10,000 funding figures (seed 1, as in bench/RESULTS.md), planned in
/// process, with only the files of the search indexes produced: the pages are not rendered.
/// </summary>
public sealed class SearchCorpusFixture : IDisposable
{
    public const int Size = 10_000;

    private readonly TempProject _project = new();

    public SearchCorpusFixture()
    {
        HubwatchWriter.Write(new CorpusBuilder(seed: 1, size: Size).Build(), _project.Root);
        var settings = new BuildSettings { ContentDir = _project.Content, TemplatesDir = Repo.Templates, IsQuiet = true };
        using var progress = new Progress(TextWriter.Null, isQuiet: true, isVerbose: false);
        var (plan, bag) = _project.InRoot(() => new BuildPipeline(settings, progress).Plan());
        if (plan is null)
        {
            throw new InvalidOperationException("the corpus does not build:\n" + string.Join("\n", bag.Sorted().Select(d => d.Message)));
        }

        var produced = new DiagnosticBag();
        Files = plan.Paths
            .Where(p => (p.StartsWith("search/", StringComparison.Ordinal) || p.StartsWith("en/search/", StringComparison.Ordinal)) && p.EndsWith(".json", StringComparison.Ordinal))
            .ToDictionary(p => p, p => plan.Produce(p, produced) ?? throw new InvalidOperationException(p + " failed"), StringComparer.Ordinal);
    }

    /// <summary>The files of both languages' indexes, by their path in the site.</summary>
    public IReadOnlyDictionary<string, byte[]> Files { get; }

    public static long Gzipped(byte[] bytes)
    {
        using var buffer = new MemoryStream();
        using (var gzip = new GZipStream(buffer, CompressionLevel.Optimal, leaveOpen: true))
        {
            gzip.Write(bytes);
        }

        return buffer.Length;
    }

    public void Dispose() => _project.Dispose();
}

/// <summary>
/// Search that stays light at scale (issue 17): at 10,000 figures a first query on a phone downloads less than
/// 1 MB gzipped — the manifest, the shards of its words and the chunks of the results it shows — and still finds
/// what it found when the index was one file.
/// </summary>
public sealed class SearchAtScaleTests(SearchCorpusFixture corpus) : IClassFixture<SearchCorpusFixture>
{
    private const long Budget = 1_000_000;

    public static TheoryData<string, string> Queries => new()
    {
        { "search/", "충청북도" },
        { "search/", "충북에서" },
        { "search/", "전주시가" },
        { "search/", "수소 클러스터" },
        { "search/", "금" },
        { "search/", "민간 투자" },
        { "search/", "2023년" },
        { "en/search/", "investments" },
        { "en/search/", "Innovation City" },
        { "en/search/", "i" },
        { "en/search/", "billion" },
        { "en/search/", "충청북도" },
    };

    [Theory]
    [MemberData(nameof(Queries))]
    public void A_first_query_downloads_less_than_a_megabyte_gzipped(string folder, string query)
    {
        var search = SearchFiles.Query(corpus.Files, folder);
        var downloads = search.Downloads(query);
        var bytes = downloads.Sum(name => SearchCorpusFixture.Gzipped(corpus.Files[folder + name]));

        Assert.NotEmpty(search.Rank(query));
        Assert.True(bytes < Budget, $"{query}: {downloads.Count} files, {bytes:N0} bytes gzipped");

        // The query fetched a small part of the index, not all of it.
        var files = corpus.Files.Keys.Count(p => p.StartsWith(folder, StringComparison.Ordinal));
        Assert.True(downloads.Count < files / 10, $"{query}: {downloads.Count} of {files} files");
    }

    [Fact]
    public void The_index_is_split_in_proportion_to_its_documents_and_no_file_is_large()
    {
        foreach (var folder in new[] { "search/", "en/search/" })
        {
            var manifest = SearchFiles.Read(corpus.Files, folder).Manifest;
            Assert.True(manifest.Documents > SearchCorpusFixture.Size, $"{manifest.Documents} documents");
            Assert.True(manifest.Shards.Count > SearchSplit.ShardCount(manifest.Documents) * 9 / 10, $"{manifest.Shards.Count} shards");
            Assert.True(manifest.Chunks.Count > SearchSplit.ChunkCount(manifest.Documents) * 9 / 10, $"{manifest.Chunks.Count} chunks");
            Assert.True(SearchCorpusFixture.Gzipped(corpus.Files[folder + "index.json"]) < 20_000);

            var shards = corpus.Files.Where(f => f.Key.StartsWith(folder + "terms/", StringComparison.Ordinal)).ToList();
            var chunks = corpus.Files.Where(f => f.Key.StartsWith(folder + "docs/", StringComparison.Ordinal)).ToList();
            Assert.Equal(SearchSplit.ShardCount(manifest.Documents), shards.Count);
            Assert.Equal(SearchSplit.ChunkCount(manifest.Documents), chunks.Count);
            Assert.All(shards, s => Assert.True(SearchCorpusFixture.Gzipped(s.Value) < 100_000, $"{s.Key}: {s.Value.Length} bytes"));
            Assert.All(chunks, c => Assert.True(SearchCorpusFixture.Gzipped(c.Value) < 40_000, $"{c.Key}: {c.Value.Length} bytes"));
        }
    }

    [Theory]
    [InlineData("search/", 0)]
    [InlineData("search/", 4_321)]
    [InlineData("en/search/", 9_876)]
    public void A_figure_is_found_first_by_its_title(string folder, int nth)
    {
        var index = SearchFiles.Read(corpus.Files, folder);
        var figure = SearchFiles.Documents(index).Where(d => d.Kind == "funding").ElementAt(nth).Entry;

        var hits = SearchFiles.Query(corpus.Files, folder).Run(figure.Title);

        // Figures may share a title; the figure is among the best results, and they all bear its title.
        var best = hits.TakeWhile(h => h.Score == hits[0].Score).ToList();
        Assert.Contains(figure.Url, best.Select(h => h.Document.Url));
        Assert.All(best, h => Assert.Equal(figure.Title, h.Document.Title));
    }

    [Fact]
    public void A_province_by_any_of_its_names_finds_its_hubs_first()
    {
        var index = SearchFiles.Read(corpus.Files, "search/");
        string[] HubsFirst(string query) =>
            [.. SearchFiles.Query(corpus.Files, "search/").Run(query)
                .TakeWhile(h => index.Manifest.Kinds[h.Kind].Id == "hub" && h.Score == 3.0)
                .Select(h => h.Document.Url)];

        // The hubs of the province (their place is written 충청북도 or 충북) come first, each with the full score,
        // whichever name the reader types, with or without a particle.
        var hubs = HubsFirst("충청북도");
        Assert.NotEmpty(hubs);
        Assert.Equal(hubs, HubsFirst("충북"));
        Assert.Equal(hubs, HubsFirst("충청북도의"));
        Assert.Equal(hubs, HubsFirst("충북에서"));
        Assert.DoesNotContain(hubs, HubsFirst("경남"));
    }

    [Fact]
    public void English_plurals_find_what_the_singular_finds()
    {
        var search = SearchFiles.Query(corpus.Files, "en/search/");
        var singular = search.Rank("investment");
        Assert.True(singular.Count > 100, $"{singular.Count} results");
        Assert.Equal(singular.Select(h => h.Doc), search.Rank("investments").Select(h => h.Doc));
    }

    [Fact]
    public void A_kind_narrows_the_first_page_to_the_chunks_of_that_kind()
    {
        var search = SearchFiles.Query(corpus.Files, "search/");
        var all = search.Downloads("혁신도시");
        var hubs = search.Downloads("혁신도시", "hub");

        var manifest = search.Manifest;
        var hub = manifest.Kinds.Select(k => k.Id).ToList().IndexOf("hub");
        Assert.All(
            hubs.Where(n => n.StartsWith("docs/", StringComparison.Ordinal)),
            n => Assert.True(manifest.Chunks[int.Parse(n[5..^5])] < manifest.KindStarts[hub + 1], n));
        Assert.Equal(all.Where(n => n.StartsWith("terms/", StringComparison.Ordinal)), hubs.Where(n => n.StartsWith("terms/", StringComparison.Ordinal)));
    }
}
