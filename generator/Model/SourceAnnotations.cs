using System.Collections.Immutable;
using System.Runtime.CompilerServices;
using Hubwatch.Content;

namespace Hubwatch.Model;

/// <summary>
/// Where each citation falls in its seed. Overlapping quotes merge into one highlight, so a passage
/// cited by several records is one anchor with several "cited by" links.
/// </summary>
/// <remarks>
/// A seed's highlights depend only on its text and the citations of it, so they are kept per
/// <see cref="SeedText"/> instance (one per unchanged seed in a serve session) together with the
/// citations they were made from, and made again only when those differ.
/// </remarks>
public sealed class SourceAnnotations
{
    private static readonly ConditionalWeakTable<SeedText, Annotated> Previous = [];

    private readonly Dictionary<string, Annotated> _bySeed;

    public SourceAnnotations(ContentIndex index)
    {
        var groups = index.CitationsBySeed;
        _bySeed = new Dictionary<string, Annotated>(groups.Count, StringComparer.Ordinal);
        foreach (var (seed, facts) in groups)
        {
            if (!index.SeedTexts.TryGetValue(seed, out var text))
            {
                continue;
            }

            if (!Previous.TryGetValue(text, out var annotated) || !annotated.IsFor(facts))
            {
                annotated = Annotate(text, facts);
                Previous.AddOrUpdate(text, annotated);
            }

            _bySeed[seed] = annotated;
        }
    }

    public ImmutableArray<Highlight> For(string seed) => _bySeed.TryGetValue(seed, out var annotated) ? annotated.Highlights : [];

    /// <summary>The anchor of the highlight that contains a citation's passage.</summary>
    public string AnchorOf(Citation citation) =>
        _bySeed.TryGetValue(citation.Seed, out var annotated) && annotated.Anchors.TryGetValue(citation.Quote, out var anchor) ? anchor : "";

    private static Annotated Annotate(SeedText text, List<CitedFact> facts)
    {
        var located = facts
            .Select(f => (Fact: f, Span: text.Find(f.Citation.Quote)))
            .Where(x => x.Span is not null)
            .Select(x => (x.Fact, Start: x.Span!.Value.Start, End: x.Span!.Value.End))
            .OrderBy(x => x.Start)
            .ThenBy(x => x.End)
            .ToList();

        var highlights = new List<Highlight>();
        var anchors = new Dictionary<string, string>(StringComparer.Ordinal);
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

            var anchor = $"c{start}";
            foreach (var member in members)
            {
                anchors[member.Citation.Quote] = anchor;
            }

            var citedBy = members
                .DistinctBy(m => (m.Kind, m.RecordId))
                .OrderBy(m => m.Kind)
                .ThenBy(m => m.RecordId, StringComparer.Ordinal)
                .ToImmutableArray();
            highlights.Add(new Highlight(start, end, anchor, citedBy));
        }

        return new Annotated([.. facts], [.. highlights], anchors);
    }

    /// <summary>A seed's highlights, the anchor of each quote, and the citations they were made from.</summary>
    private sealed class Annotated(CitedFact[] facts, ImmutableArray<Highlight> highlights, Dictionary<string, string> anchors)
    {
        public ImmutableArray<Highlight> Highlights { get; } = highlights;

        public Dictionary<string, string> Anchors { get; } = anchors;

        /// <summary>Whether these are the same citations, made by the same records in the same order.</summary>
        public bool IsFor(List<CitedFact> current)
        {
            if (current.Count != facts.Length)
            {
                return false;
            }

            for (var i = 0; i < facts.Length; i++)
            {
                // An unchanged record lists the same instances, so nearly every fact is settled without reading it.
                var (was, now) = (facts[i], current[i]);
                if (!ReferenceEquals(was, now) && (was.Citation != now.Citation || was.Kind != now.Kind || !string.Equals(was.RecordId, now.RecordId, StringComparison.Ordinal)))
                {
                    return false;
                }
            }

            return true;
        }
    }
}
