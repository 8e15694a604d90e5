using System.Text.Json;
using System.Text.Json.Serialization.Metadata;
using Hubwatch.Content;
using Hubwatch.Model;
using Hubwatch.Model.Search;

namespace Hubwatch.Rendering;

/// <summary>
/// Writes the search index of each language as compact JSON files, split as <see cref="SearchSplit"/> says: the
/// manifest at <see cref="SearchPageBuilder.IndexPath"/>, which <c>assets/search.js</c> fetches first, and the shards
/// and chunks beside it. Their names depend on the number of documents only, so they are planned before the index
/// is built; the index is built once, when the first of them is written.
/// </summary>
public static class SearchIndexWriter
{
    /// <summary>Every file of one language's index, by its path in the site, each with the way to write it.</summary>
    public static IEnumerable<(string Path, Action<Stream> Write)> Plan(SiteModel site, Strings strings, Language language)
    {
        var builder = new SearchIndexBuilder(site, strings, language);
        var documents = builder.DocumentCount;
        var split = new Lazy<SearchSplit>(() => SearchSplit.Of(builder.Build()));
        var manifest = SearchPageBuilder.IndexPath(language);
        var folder = manifest[..(manifest.LastIndexOf('/') + 1)];
        yield return (manifest, stream => JsonSerializer.Serialize(stream, split.Value.Manifest, JsonTypes.Types.SearchManifest));
        for (var shard = 0; shard < SearchSplit.ShardCount(documents); shard++)
        {
            var number = shard;
            yield return (folder + SearchSplit.ShardName(number), stream => JsonSerializer.Serialize(stream, split.Value.Shards[number], JsonTypes.Types.IReadOnlyDictionaryStringInt32Array));
        }

        for (var chunk = 0; chunk < SearchSplit.ChunkCount(documents); chunk++)
        {
            var number = chunk;
            yield return (folder + SearchSplit.ChunkName(number), stream => JsonSerializer.Serialize(stream, split.Value.Chunks[number], JsonTypes.Types.IReadOnlyListSearchEntry));
        }
    }

    /// <summary>
    /// Reads an index back from its files, as the tests and the benchmark do: <paramref name="file"/> gives a file's
    /// bytes by its name relative to the manifest's folder (<c>index.json</c>, <c>terms/0.json</c>, …), and is
    /// asked for a shard or chunk only when a query needs it.
    /// </summary>
    public static ISearchIndexSource Read(Func<string, byte[]> file) => new FileSource(file);

    private static T Deserialize<T>(byte[] json, JsonTypeInfo<T> type) => JsonSerializer.Deserialize(json, type) ?? throw new JsonException("a search index file is empty");

    private sealed class FileSource(Func<string, byte[]> file) : ISearchIndexSource
    {
        public SearchManifest Manifest { get; } = Deserialize(file("index.json"), JsonTypes.Types.SearchManifest);

        public IReadOnlyDictionary<string, int[]> Shard(int number) => Deserialize(file(SearchSplit.ShardName(number)), JsonTypes.Types.DictionaryStringInt32Array);

        public IReadOnlyList<SearchEntry> Chunk(int number) => Deserialize(file(SearchSplit.ChunkName(number)), JsonTypes.Types.SearchEntryArray);
    }
}
