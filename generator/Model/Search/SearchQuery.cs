namespace Hubwatch.Model.Search;

/// <summary>
/// Answers queries over a split index (<see cref="ISearchIndexSource"/>) exactly as <c>templates/assets/search.js</c>
/// does in the browser, loading the same shards and chunks, so the index and what a query downloads can be tested here.
/// <para>
/// Each query word is tried in its forms (<see cref="SearchText.Variants"/>); a form's score is the share of its
/// terms found in the title or other names, counted twice, plus the share found anywhere. A word scores its best
/// form; a place name with its suffix (<c>전주시</c>), or any name of a province (<c>충청북도</c> for <c>충북</c>), scores in
/// full on the hub of that place; English words are tried without their endings too (<c>pensions</c>). A document's score is
/// the mean over the query's words, and a document is a result when on average at least half of each word's
/// terms are found and it holds every number of the query (<c>145억원</c> finds 145억, not every 억원). Ties go to
/// the lower document number: documents are numbered by kind (hubs first), then by the length of their titles (see
/// <see cref="SearchIndexBuilder"/>).
/// </para>
/// </summary>
public sealed class SearchQuery(ISearchIndexSource source)
{
    /// <summary>A result must hold at least this share of the query's terms, on average over its words.</summary>
    public const double MinimumCoverage = 0.5;

    /// <summary>The page shows this many results, and fetches the chunks of these only.</summary>
    public const int MaxShown = 50;

    private readonly Dictionary<int, IReadOnlyDictionary<string, int[]>> _shards = [];
    private readonly Dictionary<int, IReadOnlyList<SearchEntry>> _chunks = [];
    private readonly HashSet<int> _shardsRead = [];

    public SearchManifest Manifest => source.Manifest;

    /// <summary>Every result, best first, each with its document.</summary>
    public IReadOnlyList<SearchHit> Run(string query) =>
        [.. Rank(query).Select(r => new SearchHit(r.Doc, r.Score, r.Kind, Entry(r.Doc)))];

    /// <summary>
    /// The files the search page downloads to show the first page of results of one query, relative to the
    /// manifest's folder: the manifest, the shards of the query's words and the chunks of the results shown
    /// (of <paramref name="kind"/> only, when the reader narrowed them to one kind).
    /// </summary>
    public IReadOnlyList<string> Downloads(string query, string? kind = null)
    {
        _shardsRead.Clear();
        var hits = Rank(query);
        var shards = _shardsRead.Order().Select(SearchSplit.ShardName);
        var shown = hits.Where(h => kind is null || Manifest.Kinds[h.Kind].Id == kind).Take(MaxShown);
        var chunks = shown.Select(h => Manifest.ChunkOf(h.Doc)).Distinct().Order().Select(SearchSplit.ChunkName);
        return ["index.json", .. shards, .. chunks];
    }

    /// <summary>Every result, best first, without its document: what the page has before it fetches any chunk.</summary>
    public IReadOnlyList<SearchRank> Rank(string query)
    {
        var words = SearchText.Tokenize(query);
        if (words.Count == 0)
        {
            return [];
        }

        var scores = new Dictionary<int, double>();
        var coverage = new Dictionary<int, double>();
        var whole = new Dictionary<int, int>();
        var numbersHeld = new Dictionary<int, int>();
        foreach (var word in words)
        {
            foreach (var (doc, (score, covered)) in Score(word))
            {
                scores[doc] = scores.GetValueOrDefault(doc) + score;
                coverage[doc] = coverage.GetValueOrDefault(doc) + covered;
                if (covered >= 1.0)
                {
                    whole[doc] = whole.GetValueOrDefault(doc) + 1;
                }

                if (IsNumber(word) && covered > 0)
                {
                    numbersHeld[doc] = numbersHeld.GetValueOrDefault(doc) + 1;
                }
            }
        }

        var numbers = words.Count(IsNumber);
        return [.. scores
            .Where(s => coverage[s.Key] / words.Count >= MinimumCoverage && numbersHeld.GetValueOrDefault(s.Key) == numbers)
            // A result that holds every word the reader typed comes before one that holds only some ("1 trillion": the
            // pages with "trillion" before those with only "1"), then the better score.
            .Select(s => (Whole: whole.GetValueOrDefault(s.Key), Rank: new SearchRank(s.Key, s.Value / words.Count, Manifest.KindOf(s.Key))))
            .OrderByDescending(h => h.Whole)
            .ThenByDescending(h => h.Rank.Score)
            .ThenBy(h => h.Rank.Doc)
            .Select(h => h.Rank)];
    }

    /// <summary>A word of digits only: a result must hold it, as an amount or a year is what the reader is after.</summary>
    private static bool IsNumber(SearchToken word) => !word.IsHangul && word.Text.All(char.IsAsciiDigit);

    /// <summary>What a result shows of a document, from its chunk.</summary>
    public SearchEntry Entry(int doc)
    {
        var number = Manifest.ChunkOf(doc);
        if (!_chunks.TryGetValue(number, out var chunk))
        {
            _chunks[number] = chunk = source.Chunk(number);
        }

        return chunk[doc - Manifest.Chunks[number]];
    }

    /// <summary>Each document's best score and best share of terms found for one query word.</summary>
    private Dictionary<int, (double Score, double Covered)> Score(SearchToken word)
    {
        var best = new Dictionary<int, (double Score, double Covered)>();
        void Offer(int doc, double score, double covered)
        {
            var (s, c) = best.GetValueOrDefault(doc);
            best[doc] = (Math.Max(s, score), Math.Max(c, covered));
        }

        foreach (var units in Forms(word))
        {
            // For each document: how many of the form's units it holds in a title field, and anywhere.
            var counts = new Dictionary<int, (int Title, int Any)>();
            foreach (var unit in units)
            {
                var fields = new Dictionary<int, int>();
                foreach (var postings in unit)
                {
                    foreach (var (doc, mask) in SearchPostings.Decode(postings))
                    {
                        fields[doc] = fields.GetValueOrDefault(doc) | mask;
                    }
                }

                foreach (var (doc, mask) in fields)
                {
                    var (title, any) = counts.GetValueOrDefault(doc);
                    counts[doc] = (title + ((mask & SearchIndex.TitleFields) != 0 ? 1 : 0), any + 1);
                }
            }

            foreach (var (doc, (title, any)) in counts)
            {
                Offer(doc, (2.0 * title + any) / units.Count, (double)any / units.Count);
            }
        }

        if (word.IsHangul)
        {
            foreach (var stem in SearchText.PlaceStems(word.Text).Concat(SearchText.RegionNamesOf(word.Text)))
            {
                foreach (var (doc, _) in SearchPostings.Decode(Postings(SearchPostings.PlaceKey(stem)) ?? []))
                {
                    Offer(doc, 3.0, 1.0);
                }
            }
        }

        return best;
    }

    /// <summary>The forms a word is looked up in, each a list of units; a unit is found when any of its keys' postings hold the document.</summary>
    private IEnumerable<IReadOnlyList<int[][]>> Forms(SearchToken word)
    {
        if (!word.IsHangul)
        {
            return [.. SearchText.EnglishVariants(word.Text).Select(variant => (IReadOnlyList<int[][]>)[Prefixed(variant)])];
        }

        if (word.Text.Length == 1)
        {
            // One syllable: every term that holds it, merged into one key by the build.
            return [[Found(SearchPostings.SyllableKey(word.Text[0]))]];
        }

        return [.. SearchText.Variants(word.Text).Concat(SearchText.RegionNamesOf(word.Text))
            .Select(variant => (IReadOnlyList<int[][]>)[.. SearchText.Grams(variant).Select(Found)])];
    }

    private int[][] Found(string key) => Postings(key) is { } postings ? [postings] : [];

    /// <summary>The postings of every term that starts with the folded query word, from the shards its prefix falls in.</summary>
    private int[][] Prefixed(string prefix) =>
        [.. Manifest.ShardsWithPrefix(prefix)
            .SelectMany(number => Shard(number).Where(k => k.Key.StartsWith(prefix, StringComparison.Ordinal)))
            .OrderBy(k => k.Key, StringComparer.Ordinal)
            .Select(k => k.Value)];

    private int[]? Postings(string key) => Shard(Manifest.ShardOf(key)).GetValueOrDefault(key);

    private IReadOnlyDictionary<string, int[]> Shard(int number)
    {
        _shardsRead.Add(number);
        if (!_shards.TryGetValue(number, out var shard))
        {
            _shards[number] = shard = source.Shard(number);
        }

        return shard;
    }
}
