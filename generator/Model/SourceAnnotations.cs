using System.Collections.Frozen;
using System.Collections.Immutable;
using Hubwatch.Content;

namespace Hubwatch.Model;

/// <summary>
/// Where each citation falls in its seed. Overlapping quotes merge into one highlight, so a passage
/// cited by several records is one anchor with several "cited by" links.
/// </summary>
public sealed class SourceAnnotations
{
    private readonly FrozenDictionary<string, ImmutableArray<Highlight>> _bySeed;
    private readonly FrozenDictionary<(string Seed, string Quote), string> _anchors;

    public SourceAnnotations(ContentIndex index)
    {
        var bySeed = new Dictionary<string, ImmutableArray<Highlight>>(StringComparer.Ordinal);
        var anchors = new Dictionary<(string, string), string>();
        foreach (var group in index.Content.AllCitations().GroupBy(f => f.Citation.Seed, StringComparer.Ordinal))
        {
            if (!index.SeedTexts.TryGetValue(group.Key, out var text))
            {
                continue;
            }

            var located = group
                .Select(f => (Fact: f, Span: text.Find(f.Citation.Quote)))
                .Where(x => x.Span is not null)
                .Select(x => (x.Fact, Start: x.Span!.Value.Start, End: x.Span!.Value.End))
                .OrderBy(x => x.Start)
                .ThenBy(x => x.End)
                .ToList();

            var highlights = new List<Highlight>();
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
                    anchors[(group.Key, member.Citation.Quote)] = anchor;
                }

                var citedBy = members
                    .DistinctBy(m => (m.Kind, m.RecordId))
                    .OrderBy(m => m.Kind)
                    .ThenBy(m => m.RecordId, StringComparer.Ordinal)
                    .ToImmutableArray();
                highlights.Add(new Highlight(start, end, anchor, citedBy));
            }

            bySeed[group.Key] = [.. highlights];
        }

        _bySeed = bySeed.ToFrozenDictionary(StringComparer.Ordinal);
        _anchors = anchors.ToFrozenDictionary();
    }

    public ImmutableArray<Highlight> For(string seed) => _bySeed.TryGetValue(seed, out var list) ? list : [];

    /// <summary>The anchor of the highlight that contains a citation's passage.</summary>
    public string AnchorOf(Citation citation) =>
        _anchors.TryGetValue((citation.Seed, citation.Quote), out var anchor) ? anchor : "";
}
