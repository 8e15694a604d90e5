namespace Hubwatch.Model.Search;

/// <summary>
/// A split search index as a query reads it: the manifest, then a term shard or a chunk of documents at a time,
/// as <c>templates/assets/search.js</c> fetches them.
/// </summary>
public interface ISearchIndexSource
{
    SearchManifest Manifest { get; }

    /// <summary>The keys of one shard with their postings, as written (see <see cref="SearchPostings"/>).</summary>
    IReadOnlyDictionary<string, int[]> Shard(int number);

    /// <summary>The documents of one chunk, in order from the chunk's first document.</summary>
    IReadOnlyList<SearchEntry> Chunk(int number);
}
