namespace Hubwatch.Model.Search;

/// <summary>
/// The small file a search page loads first (<c>search/index.json</c>): what the index is split into, so a query
/// fetches only the term shards its words fall in and the document chunks of the results it shows.
/// <list type="bullet">
/// <item><see cref="KindStarts"/>: the first document of each kind, in the order of <see cref="Kinds"/>; documents
/// are numbered kind by kind, so a document's kind is the last kind that starts at or before it.</item>
/// <item><see cref="Shards"/>: the first key of each term shard, in ordinal order; a key lies in the last shard
/// that starts at or before it (<c>search/terms/N.json</c>).</item>
/// <item><see cref="Chunks"/>: the first document of each chunk of documents (<c>search/docs/N.json</c>).</item>
/// </list>
/// </summary>
public sealed record SearchManifest(
    string Language,
    IReadOnlyList<SearchKind> Kinds,
    IReadOnlyList<int> KindStarts,
    int Documents,
    IReadOnlyList<string> Shards,
    IReadOnlyList<int> Chunks)
{
    /// <summary>The kind (an index into <see cref="Kinds"/>) of a document.</summary>
    public int KindOf(int doc) => LastAtOrBefore(KindStarts, doc);

    /// <summary>The chunk that holds a document.</summary>
    public int ChunkOf(int doc) => LastAtOrBefore(Chunks, doc);

    /// <summary>The shard that holds a key, whether or not the key is in it.</summary>
    public int ShardOf(string key)
    {
        int low = 0, high = Shards.Count;
        while (low < high)
        {
            var middle = (low + high) >>> 1;
            if (string.CompareOrdinal(Shards[middle], key) <= 0)
            {
                low = middle + 1;
            }
            else
            {
                high = middle;
            }
        }

        return Math.Max(0, low - 1);
    }

    /// <summary>Every shard that may hold a key starting with <paramref name="prefix"/>.</summary>
    public IEnumerable<int> ShardsWithPrefix(string prefix)
    {
        var first = ShardOf(prefix);
        yield return first;
        for (var shard = first + 1; shard < Shards.Count && Shards[shard].StartsWith(prefix, StringComparison.Ordinal); shard++)
        {
            yield return shard;
        }
    }

    private static int LastAtOrBefore(IReadOnlyList<int> starts, int value)
    {
        int low = 0, high = starts.Count;
        while (low < high)
        {
            var middle = (low + high) >>> 1;
            if (starts[middle] <= value)
            {
                low = middle + 1;
            }
            else
            {
                high = middle;
            }
        }

        return Math.Max(0, low - 1);
    }
}
