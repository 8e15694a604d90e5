using System.Text;

namespace Hubwatch.Model.Search;

/// <summary>
/// A language's index cut into the files a search page fetches: the manifest, term shards (ranges of keys in
/// ordinal order, so that every key a prefix can match lies in one run of shards) and chunks of documents
/// (runs of document numbers). How many of each depends on the number of documents alone, so the build knows the
/// files' names before it builds the index; a small site is one shard and a few chunks, by the same code.
/// Keys and documents are shared out by their size, so that a shard or chunk holding a long source text holds
/// fewer others.
/// </summary>
public sealed class SearchSplit : ISearchIndexSource
{
    /// <summary>About this many documents' worth of postings go in a shard.</summary>
    public const int DocumentsPerShard = 100;

    /// <summary>About this many documents (fewer when their texts are long) go in a chunk.</summary>
    public const int DocumentsPerChunk = 20;

    private SearchSplit(SearchManifest manifest, IReadOnlyList<IReadOnlyDictionary<string, int[]>> shards, IReadOnlyList<IReadOnlyList<SearchEntry>> chunks)
    {
        Manifest = manifest;
        Shards = shards;
        Chunks = chunks;
    }

    public SearchManifest Manifest { get; }

    /// <summary>Every shard file, <see cref="ShardCount"/> of them; those past the manifest's shards are empty.</summary>
    public IReadOnlyList<IReadOnlyDictionary<string, int[]>> Shards { get; }

    /// <summary>Every chunk file, <see cref="ChunkCount"/> of them; those past the manifest's chunks are empty.</summary>
    public IReadOnlyList<IReadOnlyList<SearchEntry>> Chunks { get; }

    public static int ShardCount(int documents) => Math.Max(1, (documents + DocumentsPerShard - 1) / DocumentsPerShard);

    public static int ChunkCount(int documents) => Math.Max(1, (documents + DocumentsPerChunk - 1) / DocumentsPerChunk);

    /// <summary>A shard's file, relative to the manifest's folder.</summary>
    public static string ShardName(int number) => $"terms/{number}.json";

    /// <summary>A chunk's file, relative to the manifest's folder.</summary>
    public static string ChunkName(int number) => $"docs/{number}.json";

    public IReadOnlyDictionary<string, int[]> Shard(int number) => Shards[number];

    public IReadOnlyList<SearchEntry> Chunk(int number) => Chunks[number];

    public static SearchSplit Of(SearchIndex index)
    {
        var (shardCount, chunkCount) = (ShardCount(index.Docs.Count), ChunkCount(index.Docs.Count));
        var keys = Keys(index);
        var keyParts = Partition([.. keys.Select(k => Encoding.UTF8.GetByteCount(k.Key) + k.Value.Sum(Digits) + 4)], shardCount);
        var shards = Group(keys.ToArray(), keyParts, shardCount);

        var entries = index.Docs.Select(d => new SearchEntry(d.Url, d.Title, d.Text)).ToArray();
        var docParts = Partition([.. entries.Select(e => Encoding.UTF8.GetByteCount(e.Url) + Encoding.UTF8.GetByteCount(e.Title) + Encoding.UTF8.GetByteCount(e.Text) + 30)], chunkCount);
        var chunks = Group(entries, docParts, chunkCount);

        var kindStarts = index.Kinds.Select((_, kind) => index.Docs.TakeWhile(d => d.Kind < kind).Count()).ToArray();
        var chunkStarts = new List<int>();
        var first = 0;
        foreach (var chunk in chunks.Where(c => c.Count > 0))
        {
            chunkStarts.Add(first);
            first += chunk.Count;
        }

        var manifest = new SearchManifest(
            index.Language, index.Kinds, kindStarts, index.Docs.Count,
            [.. shards.Where(s => s.Count > 0).Select(s => s[0].Key)],
            chunkStarts);
        return new SearchSplit(
            manifest,
            [.. shards.Select(s => (IReadOnlyDictionary<string, int[]>)new SortedDictionary<string, int[]>(s.ToDictionary(), StringComparer.Ordinal))],
            chunks);
    }

    /// <summary>Every key with its encoded postings, in ordinal order: the terms, each syllable's merged postings and each place's hubs.</summary>
    private static SortedDictionary<string, int[]> Keys(SearchIndex index)
    {
        var keys = new SortedDictionary<string, int[]>(StringComparer.Ordinal);
        var syllables = new Dictionary<char, Dictionary<int, int>>();
        foreach (var (term, postings) in index.Terms)
        {
            keys[term] = SearchPostings.Encode(postings.Select(p => (p >> SearchIndex.FieldBits, p & ((1 << SearchIndex.FieldBits) - 1))));
            var isGram = term.Length == 2 && SearchText.IsHangulSyllable(term[0]) && SearchText.IsHangulSyllable(term[1]);
            var isSyllable = term.Length == 1 && SearchText.IsHangulSyllable(term[0]);
            if (!isGram && !isSyllable)
            {
                continue;
            }

            foreach (var syllable in term.Distinct())
            {
                if (!syllables.TryGetValue(syllable, out var merged))
                {
                    syllables[syllable] = merged = [];
                }

                foreach (var posting in postings)
                {
                    var doc = posting >> SearchIndex.FieldBits;
                    merged[doc] = merged.GetValueOrDefault(doc) | posting & ((1 << SearchIndex.FieldBits) - 1);
                }
            }
        }

        foreach (var (syllable, merged) in syllables)
        {
            keys[SearchPostings.SyllableKey(syllable)] = SearchPostings.Encode(merged.OrderBy(m => m.Key).Select(m => (m.Key, m.Value)));
        }

        var places = index.Docs
            .SelectMany((doc, number) => doc.Places.Distinct(StringComparer.Ordinal).Select(place => (Place: place, Doc: number)))
            .GroupBy(p => p.Place, StringComparer.Ordinal);
        foreach (var place in places)
        {
            keys[SearchPostings.PlaceKey(place.Key)] = SearchPostings.Encode(place.Select(p => (p.Doc, 0)));
        }

        return keys;
    }

    /// <summary>
    /// Which of <paramref name="count"/> parts each item goes in, items kept in order and parts filled to about the
    /// same size: an item goes in the part where the items before it end. A part may stay empty when an item is
    /// larger than a part's share.
    /// </summary>
    private static int[] Partition(int[] sizes, int count)
    {
        var total = sizes.Sum(s => (long)s);
        var parts = new int[sizes.Length];
        long before = 0;
        for (var i = 0; i < sizes.Length; i++)
        {
            parts[i] = total == 0 ? 0 : (int)Math.Min(count - 1, before * count / total);
            before += sizes[i];
        }

        return parts;
    }

    /// <summary>The items of each non-empty part in order, then empty lists up to <paramref name="count"/>.</summary>
    private static IReadOnlyList<IReadOnlyList<T>> Group<T>(T[] items, int[] parts, int count)
    {
        var groups = items.Select((item, i) => (Item: item, Part: parts[i])).GroupBy(x => x.Part).OrderBy(g => g.Key)
            .Select(g => (IReadOnlyList<T>)[.. g.Select(x => x.Item)]).ToList();
        while (groups.Count < count)
        {
            groups.Add([]);
        }

        return groups;
    }

    private static int Digits(int value) => value < 10 ? 2 : value < 100 ? 3 : value < 1000 ? 4 : value < 10000 ? 5 : 7;
}
