using System.Collections.Immutable;
using Hubwatch.Content;
using Hubwatch.History;

namespace Hubwatch.Model.Diff;

/// <summary>
/// What a change to the content does: the records added, removed and changed (field by field, as the history
/// compares them) and every total that moves, by hub, funder kind and status, computed as the site computes them.
/// </summary>
public sealed record ContentDiff(ImmutableArray<RecordDiff> Records, ImmutableArray<TotalMove> Totals)
{
    /// <summary>The source documents added, removed or changed (their text or what is known of them): a reviewer reads a new one.</summary>
    public ImmutableArray<SourceDiff> Sources { get; init; } = [];

    public static ContentDiff Between(ContentSet before, ContentSet after)
    {
        var records = ImmutableArray.CreateBuilder<RecordDiff>();
        Compare("hubs", before.Hubs, after.Hubs, h => h.Id, records);
        Compare("programs", before.Programs, after.Programs, p => p.Id, records);
        Compare("partners", before.Partners, after.Partners, p => p.Id, records);
        Compare("agreements", before.Agreements, after.Agreements, a => a.Id, records);
        Compare("funding", before.Funding, after.Funding, f => f.Id, records);
        return new ContentDiff(records.ToImmutable(), Moves(before.Funding, after.Funding)) { Sources = SourcesBetween(before.Seeds, after.Seeds) };
    }

    private static ImmutableArray<SourceDiff> SourcesBetween(ImmutableArray<Seed> before, ImmutableArray<Seed> after)
    {
        var old = before.DistinctBy(s => s.Id).ToDictionary(s => s.Id.Value, StringComparer.Ordinal);
        var now = after.DistinctBy(s => s.Id).ToDictionary(s => s.Id.Value, StringComparer.Ordinal);
        return
        [
            .. old.Keys.Union(now.Keys).Order(StringComparer.Ordinal).Select(id => (old.GetValueOrDefault(id), now.GetValueOrDefault(id)) switch
            {
                (null, not null) => new SourceDiff(id, SourceChange.Added),
                (not null, null) => new SourceDiff(id, SourceChange.Removed),
                ({ } was, { } @is) when was.Text != @is.Text || was.Title != @is.Title || was.Publisher != @is.Publisher || was.Published != @is.Published
                    => new SourceDiff(id, SourceChange.Changed),
                _ => null,
            }).OfType<SourceDiff>(),
        ];
    }

    private static void Compare<T>(string folder, ImmutableArray<T> before, ImmutableArray<T> after, Func<T, string> id, ImmutableArray<RecordDiff>.Builder diffs)
        where T : class
    {
        var old = new Dictionary<string, T>(StringComparer.Ordinal);
        foreach (var record in before)
        {
            old.TryAdd(id(record), record);
        }

        var now = new Dictionary<string, T>(StringComparer.Ordinal);
        foreach (var record in after)
        {
            now.TryAdd(id(record), record);
        }

        foreach (var key in old.Keys.Union(now.Keys).Order(StringComparer.Ordinal))
        {
            var changes = RecordComparer.Compare(old.GetValueOrDefault(key), now.GetValueOrDefault(key));
            if (!changes.IsEmpty)
            {
                diffs.Add(new RecordDiff(HistoryKeys.Record(folder, key), changes));
            }
        }
    }

    /// <summary>The totals of both versions, line by line (all, by hub, kind of funder, public or private, stage and year); only those that differ.</summary>
    private static ImmutableArray<TotalMove> Moves(ImmutableArray<Funding> before, ImmutableArray<Funding> after)
    {
        var old = FundingTotals.Of(before);
        var now = FundingTotals.Of(after);
        var moves = ImmutableArray.CreateBuilder<TotalMove>();
        Add(moves, "all", [new TotalLine("", old.Total, old.CountedFigures)], [new TotalLine("", now.Total, now.CountedFigures)]);
        var groups = old.ByHub.Concat(now.ByHub).Select(l => l.Group).DistinctBy(g => g.Key).ToDictionary(g => g.Key, StringComparer.Ordinal);
        var hubMoves = ImmutableArray.CreateBuilder<TotalMove>();
        Add(hubMoves, "hub", old.ByHub.Select(Line), now.ByHub.Select(Line));
        moves.AddRange(hubMoves.Select(m => m with { Group = groups[m.Key] }));
        Add(moves, "funder_kind", old.ByFunderKind, now.ByFunderKind);
        Add(moves, "sector", old.BySector, now.BySector);
        Add(moves, "status", old.ByStatus, now.ByStatus);
        Add(moves, "year", old.ByYear, now.ByYear);
        return moves.ToImmutable();
    }

    private static TotalLine Line(HubTotalLine line) => new(line.Group.Key, line.Amount, line.Count);

    private static void Add(ImmutableArray<TotalMove>.Builder moves, string dimension, IEnumerable<TotalLine> before, IEnumerable<TotalLine> after)
    {
        var old = before.ToDictionary(l => l.Key, l => l.Amount, StringComparer.Ordinal);
        var now = after.ToDictionary(l => l.Key, l => l.Amount, StringComparer.Ordinal);

        // In the order the new totals list them, then any that are gone.
        foreach (var key in now.Keys.Concat(old.Keys.Where(k => !now.ContainsKey(k))))
        {
            var was = old.GetValueOrDefault(key);
            var @is = now.GetValueOrDefault(key);
            if (was != @is)
            {
                moves.Add(new TotalMove(dimension, key, was, @is));
            }
        }
    }
}
