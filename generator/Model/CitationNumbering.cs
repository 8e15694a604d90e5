using Hubwatch.Content;
using Hubwatch.Model.Views;

namespace Hubwatch.Model;

/// <summary>
/// Numbers the citations of one page in order of first use; the same passage keeps one number. Quotes that overlap
/// in their source are one passage (one highlight), so a number may stand for several quotes: its note shows each of
/// them, in the source's order, so that the words that state a figure are always among those shown beside its number.
/// </summary>
internal sealed class CitationNumbering(SiteModel site, Strings strings, Language language)
{
    private readonly Dictionary<(string Seed, string Anchor), Note> _notes = [];

    public IReadOnlyList<SourceNoteView> Notes => [.. _notes.Values.OrderBy(n => n.Number).Select(NoteView)];

    private SourceNoteView NoteView(Note note)
    {
        var quotes = note.QuotesInSourceOrder(site);
        return new SourceNoteView(note.Number, quotes, note.Url, note.Source) { English = PassageQuotes.EnglishOf(site.Index.Seeds.GetValueOrDefault(note.Seed), quotes, language) };
    }

    /// <summary>The markers of a fact's citations, once each and in ascending order (a reader scans 2 3 7, not 7 2 3).</summary>
    public IReadOnlyList<CiteView> Cite(IEnumerable<Citation> citations) => [.. citations.Select(Cite).DistinctBy(c => c.Number).OrderBy(c => c.Number)];

    public CiteView Cite(Citation citation)
    {
        var highlight = site.Annotations.Of(citation);
        var anchor = highlight?.Anchor ?? "";
        var key = (citation.Seed, anchor);
        if (!_notes.TryGetValue(key, out var note))
        {
            var url = site.Urls.Page(Routes.Source(citation.Seed), language) + "#" + anchor;
            note = new Note(_notes.Count + 1, citation.Seed, highlight, url, SourceLabel(citation.Seed));
            _notes[key] = note;
        }

        note.Add(citation.Quote);
        return new CiteView(note.Number, note.Url, note.Source);
    }

    private string SourceLabel(Id<Seed> seedId)
    {
        if (!site.Index.Seeds.TryGetValue(seedId, out var seed))
        {
            return seedId;
        }

        return DateFormatter.Of(seed, strings, language) is { } date ? $"{seed.Publisher[language]}, {date}" : seed.Publisher[language];
    }

    /// <summary>One numbered passage of a source, and the quotes of it that the page cites.</summary>
    private sealed class Note(int number, Id<Seed> seed, Highlight? highlight, string url, string source)
    {
        private readonly List<string> _quotes = [];

        public int Number { get; } = number;

        public Id<Seed> Seed { get; } = seed;

        public string Url { get; } = url;

        public string Source { get; } = source;

        public void Add(string quote)
        {
            if (!_quotes.Contains(quote, StringComparer.Ordinal))
            {
                _quotes.Add(quote);
            }
        }

        public IReadOnlyList<string> QuotesInSourceOrder(SiteModel site) => PassageQuotes.Shown(_quotes, site.Index.SeedTexts.GetValueOrDefault(Seed), highlight);
    }
}
