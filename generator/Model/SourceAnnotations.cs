using System.Collections.Immutable;
using Hubwatch.Content;

namespace Hubwatch.Model;

/// <summary>
/// Where each citation falls in its seed. Overlapping quotes merge into one highlight, so a passage
/// cited by several records is one anchor with several "cited by" links.
/// </summary>
public sealed class SourceAnnotations
{
    private readonly Dictionary<string, Annotated> _bySeed;

    /// <param name="annotate">Works out one seed's highlights from its text and the citations of it (<see cref="Annotate"/>).</param>
    public SourceAnnotations(ContentIndex index, Func<SeedText, IReadOnlyList<CitedFact>, Annotated> annotate)
    {
        var groups = index.CitationsBySeed;
        _bySeed = new Dictionary<string, Annotated>(groups.Count, StringComparer.Ordinal);
        foreach (var (seed, facts) in groups)
        {
            if (index.SeedTexts.TryGetValue(new Id<Seed>(seed), out var text))
            {
                _bySeed[seed] = annotate(text, facts);
            }
        }
    }

    /// <summary>The highlights of every cited seed.</summary>
    public static SourceAnnotations Of(ContentIndex index) => new(index, Annotate);

    public ImmutableArray<Highlight> For(string seed) => _bySeed.TryGetValue(seed, out var annotated) ? annotated.Highlights : [];

    /// <summary>The highlight that contains a citation's passage, or null when its quote is not in its seed.</summary>
    public Highlight? Of(Citation citation) =>
        _bySeed.TryGetValue(citation.Seed, out var annotated) && annotated.HighlightOf.TryGetValue(citation.Quote, out var highlight) ? highlight : null;

    /// <summary>The anchor of the highlight that contains a citation's passage.</summary>
    public string AnchorOf(Citation citation) => Of(citation)?.Anchor ?? "";

    /// <summary>A seed's highlights: where the citations of it fall in its text, overlapping ones merged.</summary>
    public static Annotated Annotate(SeedText text, IReadOnlyList<CitedFact> facts)
    {
        var located = facts
            .Select(f => (Fact: f, Span: text.Find(f.Citation.Quote)))
            .Where(x => x.Span is not null)
            .Select(x => (x.Fact, Start: x.Span!.Value.Start, End: x.Span!.Value.End))
            .OrderBy(x => x.Start)
            .ThenBy(x => x.End)
            .ToList();

        var highlights = new List<Highlight>();
        var highlightOf = new Dictionary<string, Highlight>(StringComparer.Ordinal);
        var i = 0;
        while (i < located.Count)
        {
            var start = located[i].Start;
            var end = located[i].End;
            var members = new List<CitedFact>();
            while (i < located.Count && located[i].Start < end)
            {
                end = Math.Max(end, located[i].End);
                members.Add(located[i].Fact);
                i++;
            }

            var citedBy = members
                .DistinctBy(m => (m.Kind, m.RecordId))
                .OrderBy(m => m.Kind)
                .ThenBy(m => m.RecordId, StringComparer.Ordinal)
                .ToImmutableArray();
            var highlight = new Highlight(start, end, $"c{start}", citedBy);
            highlights.Add(highlight);
            foreach (var member in members)
            {
                highlightOf[member.Citation.Quote] = highlight;
            }
        }

        return new Annotated([.. highlights], highlightOf);
    }

    /// <summary>A seed's highlights and the highlight of each quote.</summary>
    public sealed class Annotated(ImmutableArray<Highlight> highlights, Dictionary<string, Highlight> highlightOf)
    {
        public ImmutableArray<Highlight> Highlights { get; } = highlights;

        public IReadOnlyDictionary<string, Highlight> HighlightOf { get; } = highlightOf;
    }
}
