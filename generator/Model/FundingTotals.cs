using System.Collections.Immutable;
using System.Globalization;
using Hubwatch.Content;

namespace Hubwatch.Model;

/// <summary>
/// Totals over a set of funding figures. Only figures that are not part of another count, so a
/// component (145억 national inside 320억) is never added twice.
/// </summary>
public sealed record FundingTotals(
    Krw Total,
    int CountedFigures,
    ImmutableArray<TotalLine> ByHub,
    ImmutableArray<TotalLine> ByFunderKind,
    ImmutableArray<TotalLine> ByYear,
    Krw NotByYear)
{
    /// <summary>Key used in <see cref="ByHub"/> for a figure shared by several hubs without a stated split.</summary>
    public static string SharedKey(IEnumerable<string> hubIds) => string.Join("+", hubIds);

    /// <summary>Key used in <see cref="ByYear"/> for a labelled breakdown line (e.g. already invested).</summary>
    public const string EarlierKey = "earlier";

    public static FundingTotals Of(IEnumerable<Funding> figures)
    {
        var counted = figures.Where(f => f.PartOf is null).OrderBy(f => f.Id, StringComparer.Ordinal).ToArray();
        var byHub = counted
            .GroupBy(f => SharedKey(f.Hubs.Select(h => h.Id)), StringComparer.Ordinal)
            .Select(g => new TotalLine(g.Key, Krw.Sum(g.Select(f => f.Amount)), g.Count()))
            .OrderByDescending(l => l.Amount.Value)
            .ThenBy(l => l.Key, StringComparer.Ordinal);
        var byKind = counted
            .GroupBy(f => f.FunderKind, StringComparer.Ordinal)
            .Select(g => new TotalLine(g.Key, Krw.Sum(g.Select(f => f.Amount)), g.Count()))
            .OrderBy(l => Vocabulary.FunderKinds.ToList().IndexOf(l.Key));

        var yearly = new SortedDictionary<string, (Krw Amount, HashSet<string> Figures)>(StringComparer.Ordinal);
        var notByYear = new Krw(0);
        foreach (var figure in counted)
        {
            if (figure.Breakdown.IsEmpty)
            {
                notByYear += figure.Amount;
                continue;
            }

            foreach (var item in figure.Breakdown)
            {
                var key = item.Year?.ToString(CultureInfo.InvariantCulture) ?? EarlierKey;
                var (amount, ids) = yearly.TryGetValue(key, out var existing) ? existing : (new Krw(0), new HashSet<string>(StringComparer.Ordinal));
                ids.Add(figure.Id);
                yearly[key] = (amount + item.Amount, ids);
            }
        }

        // "earlier" sorts before the years.
        var byYear = yearly
            .OrderBy(kv => kv.Key == EarlierKey ? "" : kv.Key, StringComparer.Ordinal)
            .Select(kv => new TotalLine(kv.Key, kv.Value.Amount, kv.Value.Figures.Count));

        return new FundingTotals(Krw.Sum(counted.Select(f => f.Amount)), counted.Length, [.. byHub], [.. byKind], [.. byYear], notByYear);
    }
}
