using System.Collections.Frozen;

namespace Hubwatch.Model.Search;

/// <summary>
/// Answers queries over a <see cref="SearchIndex"/> exactly as <c>templates/assets/search.js</c> does in the
/// browser, so the index can be tested here.
/// <para>
/// Each query word is tried in its forms (<see cref="SearchText.Variants"/>); a form's score is the share of its
/// terms found in the title or other names, counted twice, plus the share found anywhere. A word scores its best
/// form; a place name with its suffix (<c>전주시</c>), or any name of a province (<c>충청북도</c> for <c>충북</c>), scores in
/// full on the hub of that place; English words are tried without their endings too (<c>pensions</c>). A document's score is
/// the mean over the query's words, and a document is a result when on average at least half of each word's
/// terms are found. Ties go to the kind listed first in the index (hubs), then to the shorter title.
/// </para>
/// </summary>
public sealed class SearchQuery
{
    /// <summary>A result must hold at least this share of the query's terms, on average over its words.</summary>
    public const double MinimumCoverage = 0.5;

    private readonly SearchIndex _index;
    private readonly string[] _terms;
    private readonly FrozenDictionary<char, string[]> _gramsBySyllable;

    public SearchQuery(SearchIndex index)
    {
        _index = index;
        _terms = [.. index.Terms.Keys.Order(StringComparer.Ordinal)];
        _gramsBySyllable = _terms
            .Where(t => t.Length == 2 && SearchText.IsHangulSyllable(t[0]) && SearchText.IsHangulSyllable(t[1]))
            .SelectMany(t => new[] { (Syllable: t[0], Term: t), (Syllable: t[1], Term: t) })
            .GroupBy(x => x.Syllable)
            .ToFrozenDictionary(g => g.Key, g => g.Select(x => x.Term).Distinct(StringComparer.Ordinal).ToArray());
    }

    public IReadOnlyList<SearchHit> Run(string query)
    {
        var words = SearchText.Tokenize(query);
        if (words.Count == 0)
        {
            return [];
        }

        var scores = new Dictionary<int, double>();
        var coverage = new Dictionary<int, double>();
        foreach (var word in words)
        {
            foreach (var (doc, (score, covered)) in Score(word))
            {
                scores[doc] = scores.GetValueOrDefault(doc) + score;
                coverage[doc] = coverage.GetValueOrDefault(doc) + covered;
            }
        }

        return [.. scores
            .Where(s => coverage[s.Key] / words.Count >= MinimumCoverage)
            .Select(s => new SearchHit(s.Key, s.Value / words.Count, _index.Docs[s.Key]))
            .OrderByDescending(h => h.Score)
            .ThenBy(h => h.Document.Kind)
            .ThenBy(h => h.Document.Title.Length)
            .ThenBy(h => h.Doc)];
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
                foreach (var term in unit)
                {
                    foreach (var posting in _index.Terms[term])
                    {
                        var doc = posting >> SearchIndex.FieldBits;
                        fields[doc] = fields.GetValueOrDefault(doc) | posting;
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
            var stems = SearchText.PlaceStems(word.Text).Concat(SearchText.RegionNamesOf(word.Text)).ToList();
            for (var doc = 0; doc < _index.Docs.Count; doc++)
            {
                if (_index.Docs[doc].Places.Any(p => stems.Contains(p, StringComparer.Ordinal)))
                {
                    Offer(doc, 3.0, 1.0);
                }
            }
        }

        return best;
    }

    /// <summary>The forms a word is looked up in, each a list of units; a unit is found when any of its terms is.</summary>
    private IEnumerable<IReadOnlyList<string[]>> Forms(SearchToken word)
    {
        if (!word.IsHangul)
        {
            return SearchText.EnglishVariants(word.Text).Select(variant => (IReadOnlyList<string[]>)[Prefixed(variant)]);
        }

        if (word.Text.Length == 1)
        {
            var syllable = word.Text[0];
            string[] unit = [.. _gramsBySyllable.GetValueOrDefault(syllable, []), .. _index.Terms.ContainsKey(word.Text) ? [word.Text] : Array.Empty<string>()];
            return [[unit]];
        }

        return SearchText.Variants(word.Text).Concat(SearchText.RegionNamesOf(word.Text))
            .Select(variant => (IReadOnlyList<string[]>)[.. SearchText.Grams(variant).Select(g => _index.Terms.ContainsKey(g) ? new[] { g } : [])]);
    }

    /// <summary>Every indexed word that starts with the folded query word, found by binary search in the sorted terms.</summary>
    private string[] Prefixed(string prefix)
    {
        var start = Array.BinarySearch(_terms, prefix, StringComparer.Ordinal);
        if (start < 0)
        {
            start = ~start;
        }

        var end = start;
        while (end < _terms.Length && _terms[end].StartsWith(prefix, StringComparison.Ordinal))
        {
            end++;
        }

        return _terms[start..end];
    }
}
