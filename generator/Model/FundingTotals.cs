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
        var counted = Counted(figures);
        var total = new Krw(0);
        var byHub = new Dictionary<string, (Krw Amount, int Count)>(StringComparer.Ordinal);
        var kinds = new List<string>();
        var byKind = new Dictionary<string, (Krw Amount, int Count)>(StringComparer.Ordinal);
        var yearly = new Dictionary<string, Year>(StringComparer.Ordinal);
        var notByYear = new Krw(0);
        foreach (var figure in counted)
        {
            total += figure.Amount;
            var hub = figure.Hubs.Length == 1 ? figure.Hubs[0].Id : SharedKey(figure.Hubs.Select(h => h.Id));
            var (hubAmount, hubCount) = byHub.GetValueOrDefault(hub);
            byHub[hub] = (hubAmount + figure.Amount, hubCount + 1);
            if (!byKind.TryGetValue(figure.FunderKind, out var kind))
            {
                kinds.Add(figure.FunderKind);
            }

            byKind[figure.FunderKind] = (kind.Amount + figure.Amount, kind.Count + 1);
            if (figure.Breakdown.IsEmpty)
            {
                notByYear += figure.Amount;
                continue;
            }

            foreach (var item in figure.Breakdown)
            {
                var key = item.Year?.ToString(CultureInfo.InvariantCulture) ?? EarlierKey;
                if (!yearly.TryGetValue(key, out var year))
                {
                    yearly[key] = year = new Year();
                }

                year.Amount += item.Amount;
                year.Figures.Add(figure.Id);
            }
        }

        var hubLines = byHub
            .Select(kv => new TotalLine(kv.Key, kv.Value.Amount, kv.Value.Count))
            .OrderByDescending(l => l.Amount.Value)
            .ThenBy(l => l.Key, StringComparer.Ordinal);
        var kindLines = kinds
            .Select(k => new TotalLine(k, byKind[k].Amount, byKind[k].Count))
            .OrderBy(l => IndexOf(Vocabulary.FunderKinds, l.Key));

        // "earlier" sorts before the years.
        var yearLines = yearly
            .OrderBy(kv => kv.Key == EarlierKey ? "" : kv.Key, StringComparer.Ordinal)
            .Select(kv => new TotalLine(kv.Key, kv.Value.Amount, kv.Value.Figures.Count));

        return new FundingTotals(total, counted.Length, [.. hubLines], [.. kindLines], [.. yearLines], notByYear);
    }

    /// <summary>The figures that count (not part of another), ordered by id; equal ids keep their order.</summary>
    private static Funding[] Counted(IEnumerable<Funding> figures)
    {
        var counted = new List<Funding>();
        var sorted = true;
        foreach (var figure in figures)
        {
            if (figure.PartOf is null)
            {
                sorted &= counted.Count == 0 || string.CompareOrdinal(counted[^1].Id, figure.Id) <= 0;
                counted.Add(figure);
            }
        }

        return sorted ? [.. counted] : [.. counted.OrderBy(f => f.Id, StringComparer.Ordinal)];
    }

    private static int IndexOf(IReadOnlyList<string> list, string value)
    {
        for (var i = 0; i < list.Count; i++)
        {
            if (list[i] == value)
            {
                return i;
            }
        }

        return -1;
    }

    private sealed class Year
    {
        public Krw Amount { get; set; }

        public HashSet<string> Figures { get; } = new(StringComparer.Ordinal);
    }
}
