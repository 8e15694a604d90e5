using Hubwatch.Content;
using Hubwatch.Model.Views;

namespace Hubwatch.Model;

/// <summary>Numbers the citations of one page in order of first use; the same passage keeps one number.</summary>
internal sealed class CitationNumbering(SiteModel site, Strings strings, Language language)
{
    private readonly Dictionary<(string Seed, string Anchor), SourceNoteView> _notes = [];

    public IReadOnlyList<SourceNoteView> Notes => [.. _notes.Values.OrderBy(n => n.Number)];

    /// <summary>The markers of a fact's citations, once each and in ascending order (a reader scans 2 3 7, not 7 2 3).</summary>
    public IReadOnlyList<CiteView> Cite(IEnumerable<Citation> citations) => [.. citations.Select(Cite).DistinctBy(c => c.Number).OrderBy(c => c.Number)];

    public CiteView Cite(Citation citation)
    {
        var anchor = site.Annotations.AnchorOf(citation);
        var key = (citation.Seed, anchor);
        var source = SourceLabel(citation.Seed);
        var url = site.Urls.Page(Routes.Source(citation.Seed), language) + "#" + anchor;
        if (!_notes.TryGetValue(key, out var note))
        {
            note = new SourceNoteView(_notes.Count + 1, SeedText.Normalize(citation.Quote), url, source);
            _notes[key] = note;
        }

        return new CiteView(note.Number, note.Url, source);
    }

    private string SourceLabel(Id<Seed> seedId)
    {
        if (!site.Index.Seeds.TryGetValue(seedId, out var seed))
        {
            return seedId;
        }

        // A date the source does not state plainly (none given, or two that disagree) is the editors': the label says so.
        var date = seed.Published is { } d ? ", " + DateFormatter.Format(d, language) + (seed.DateNote is null ? "" : " " + strings.Get(language, "sources.date_by_editors")) : "";
        return $"{seed.Publisher[language]}{date}";
    }
}
