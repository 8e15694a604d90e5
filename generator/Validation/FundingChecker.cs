using System.Collections.Immutable;
using System.Globalization;
using Hubwatch.Content;
using Hubwatch.Diagnostics;

namespace Hubwatch.Validation;

/// <summary>Money must add up: breakdowns equal their totals, parts never exceed or loop back to their whole, no figure is counted twice.</summary>
public static class FundingChecker
{
    public static ImmutableArray<Diagnostic> Check(ContentIndex index) =>
        [.. index.Content.Funding.SelectMany(funding => CheckFigure(funding)), .. CheckTogether(index)];

    /// <summary>What one figure must get right by itself: its breakdown and its period.</summary>
    public static ImmutableArray<Diagnostic> CheckFigure(Funding funding) => DiagnosticBag.Collect(bag =>
    {
        CheckBreakdown(funding, bag);
        CheckPeriod(funding, bag);
    });

    /// <summary>
    /// What the figures must get right together: parts and their wholes, and no figure counted twice. It reads of each
    /// figure only what <see cref="ReadsTheSame"/> compares, and the sources' texts.
    /// </summary>
    public static ImmutableArray<Diagnostic> CheckTogether(ContentIndex index) => DiagnosticBag.Collect(bag =>
    {
        foreach (var funding in index.Content.Funding)
        {
            CheckPartOf(funding, index, bag);
        }

        CheckPartsFitTheirWhole(index, bag);
        CheckCountedTwice(index, bag);
    });

    /// <summary>
    /// Whether <see cref="CheckTogether"/> reads the same of two versions of a figure: everything but its prose, its
    /// breakdown and program, and the places of its sources. Where the figure and its <c>part_of</c> are
    /// written counts, as problems are reported there; so a save that moves those lines is checked again.
    /// </summary>
    public static bool ReadsTheSame(Funding last, Funding now) =>
        last.Id == now.Id
        && last.Where == now.Where
        && last.Amount == now.Amount
        && last.AmountAsWritten == now.AmountAsWritten
        && last.HasUnreadableAmounts == now.HasUnreadableAmounts
        && last.FunderKind == now.FunderKind
        && last.PartOf == now.PartOf
        && last.Period == now.Period
        && last.Hubs.Select(h => h.Id).SequenceEqual(now.Hubs.Select(h => h.Id))
        && last.Sources.Select(c => (c.Seed, c.Quote)).SequenceEqual(now.Sources.Select(c => (c.Seed, c.Quote)));

    private static void CheckBreakdown(Funding funding, DiagnosticBag bag)
    {
        // A line the editors read is shown as their reading: the reasoning must be on the page.
        if (!funding.IsRead(FundingReading.Breakdown))
        {
            foreach (var item in funding.Breakdown.Where(b => b.IsRead))
            {
                bag.Error(item.Where, $"a breakdown line of '{funding.Id}' is marked read: true, but no inference of the figure says why", "add reads: [breakdown] to the inference that explains it, or remove read: true");
            }
        }

        if (funding.Breakdown.IsEmpty || funding.HasUnreadableAmounts)
        {
            return;
        }

        var sum = new Krw(0);
        foreach (var item in funding.Breakdown)
        {
            sum += item.Amount;
        }

        if (sum != funding.Amount)
        {
            var (more, difference) = sum > funding.Amount ? ("more", sum - funding.Amount) : ("less", funding.Amount - sum);
            bag.Error(
                funding.Breakdown[0].Where,
                $"breakdown adds up to {Won(sum)}, not the amount {funding.AmountAsWritten} ({Won(funding.Amount)})",
                $"the breakdown is {Won(difference)} {more} than the amount; check each line against the source");
        }

        if (YearMayRepeat(funding.Breakdown))
        {
            foreach (var repeat in funding.Breakdown.Where(b => b.Year is not null).GroupBy(b => b.Year).SelectMany(g => g.Skip(1)))
            {
                bag.Error(repeat.Where, $"year {repeat.Year} appears twice in the breakdown");
            }
        }

        if (funding.Period is { From: { } from, To: { } to })
        {
            foreach (var item in funding.Breakdown)
            {
                if (item.Year < from || item.Year > to)
                {
                    bag.Warning(item.Where, $"breakdown year {item.Year} is outside the period {from}–{to}");
                }
            }
        }
    }

    /// <summary>Whether a year may come twice: short breakdowns (nearly all) compare every pair, long ones are left to the grouping.</summary>
    private static bool YearMayRepeat(ImmutableArray<BreakdownItem> breakdown)
    {
        if (breakdown.Length > 16)
        {
            return true;
        }

        for (var i = 1; i < breakdown.Length; i++)
        {
            for (var j = 0; j < i; j++)
            {
                if (breakdown[i].Year is { } year && breakdown[j].Year == year)
                {
                    return true;
                }
            }
        }

        return false;
    }

    private static void CheckPeriod(Funding funding, DiagnosticBag bag)
    {
        if (funding.Period is { From: { } from, To: { } to } && from > to)
        {
            bag.Error(funding.Where, $"period runs backwards: from {from} to {to}");
        }
    }

    private static void CheckPartOf(Funding funding, ContentIndex index, DiagnosticBag bag)
    {
        if (funding.PartOf is not { } partOf)
        {
            return;
        }

        if (partOf.Id == funding.Id)
        {
            bag.Error(partOf.Where, $"funding '{funding.Id}' is part of itself", "part_of names the larger figure this one belongs to");
            return;
        }

        var seen = new List<string> { funding.Id };
        var current = partOf.Id;
        while (index.Funding.TryGetValue(current, out var whole))
        {
            if (seen.Contains(current))
            {
                bag.Error(partOf.Where, $"part_of goes round in a loop: {string.Join(" → ", seen.Append(current))}", "a part's whole cannot itself be part of the part");
                return;
            }

            seen.Add(current);
            if (whole.PartOf is null)
            {
                break;
            }

            current = whole.PartOf.Id;
        }

        if (index.Funding.TryGetValue(partOf.Id, out var direct))
        {
            var outside = funding.Hubs.Select(h => h.Id).Except(direct.Hubs.Select(h => h.Id)).ToArray();
            if (outside.Length > 0)
            {
                bag.Error(partOf.Where, $"part goes to hub '{outside[0]}' but its whole '{direct.Id}' does not");
            }
        }
    }

    /// <summary>
    /// Parts may not add up to more than their whole, in sum or within one funder kind: totals by funder kind give each
    /// part to its own kind and only the remainder to the whole's, so a remainder below zero would be a negative amount.
    /// </summary>
    private static void CheckPartsFitTheirWhole(ContentIndex index, DiagnosticBag bag)
    {
        var parts = index.Content.Funding.Where(f => f.PartOf is not null && f.PartOf.Id != f.Id).GroupBy(f => f.PartOf!.Id);
        foreach (var group in parts)
        {
            if (!index.Funding.TryGetValue(group.Key, out var whole) || whole.HasUnreadableAmounts || group.Any(p => p.HasUnreadableAmounts))
            {
                continue;
            }

            var last = group.OrderBy(p => p.Where.Path, StringComparer.Ordinal).Last();
            var sum = Krw.Sum(group.Select(p => p.Amount));
            var byKind = group.GroupBy(p => p.FunderKind).Select(k => (Kind: k.Key, Sum: Krw.Sum(k.Select(p => p.Amount)))).ToArray();
            foreach (var (kind, kindSum) in byKind.Where(k => k.Sum > whole.Amount && byKind.Length > 1))
            {
                bag.Error(last.PartOf!.Where, $"the {kind.Code()} parts of '{whole.Id}' add up to {Won(kindSum)}, more than its amount {Won(whole.Amount)}", "a part may be counted twice; check which figures are components of which");
            }

            if (sum > whole.Amount)
            {
                var kinds = byKind.Length > 1 ? " (" + string.Join(", ", byKind.Select(k => $"{k.Kind.Code()} {Won(k.Sum)}")) + ")" : "";
                bag.Error(last.PartOf!.Where, $"the parts of '{whole.Id}' add up to {Won(sum)}{kinds}, more than its amount {Won(whole.Amount)}", "a part may be counted twice; check which figures are components of which");
            }
        }
    }

    /// <summary>Two countable figures of the same amount citing the same passage are one figure recorded twice.</summary>
    /// <remarks>
    /// Only figures with the same amount and the same whole can repeat each other, so figures are grouped by
    /// (amount, part_of) first, and within a group only pairs that cite an overlapping passage of one seed are
    /// compared: near-linear in the number of figures, where comparing every pair took seconds at 30,000
    /// figures (and every pair of a group still took tens of milliseconds at 10,000). Pairs keep the file order,
    /// so the same figure is reported.
    /// </remarks>
    private static void CheckCountedTwice(ContentIndex index, DiagnosticBag bag)
    {
        // Groups in the order their first figure comes, as GroupBy gives them.
        var groups = new List<List<Funding>>();
        var byKey = new Dictionary<(Krw Amount, string? Whole, Period? Period), List<Funding>>();
        foreach (var figure in InPathOrder(index.Content.Funding).Where(f => !f.HasUnreadableAmounts))
        {
            // Equal amounts of different periods are different money, though one passage gives both (a table's row
            // with the same value under two years).
            var key = (figure.Amount, figure.PartOf?.Id, figure.Period);
            if (!byKey.TryGetValue(key, out var group))
            {
                byKey[key] = group = [];
                groups.Add(group);
            }

            group.Add(figure);
        }

        var bySeed = new Dictionary<string, List<(int Figure, int Start, int End)>>(StringComparer.Ordinal);
        var pairs = new List<(int I, int J)>();
        foreach (var group in groups)
        {
            if (group.Count < 2)
            {
                continue;
            }

            foreach (var (i, j) in CitingOnePassage(index, group, bySeed, pairs))
            {
                var (a, b) = (group[i], group[j]);
                if (a.PartOf?.Id == b.Id || b.PartOf?.Id == a.Id)
                {
                    continue;
                }

                var shared = a.Sources.FirstOrDefault(sa => b.Sources.Any(sb => sb.Seed == sa.Seed && Overlaps(index, sa, sb)));
                if (shared is not null)
                {
                    var hint = a.PartOf is null
                        ? "remove one, or mark it part_of the other if it is a component"
                        : "remove one; if they are different money (other years, other items), give each its own period";
                    bag.Error(b.Where, $"'{b.Id}' repeats the figure '{a.Id}' ({b.AmountAsWritten}, same passage of {shared.Seed}): it would be counted twice", hint);
                }
            }
        }
    }

    /// <summary>The figures sorted by file path, keeping their order among equal paths (as OrderBy does).</summary>
    private static IEnumerable<Funding> InPathOrder(ImmutableArray<Funding> figures)
    {
        for (var i = 1; i < figures.Length; i++)
        {
            if (string.CompareOrdinal(figures[i - 1].Where.Path, figures[i].Where.Path) > 0)
            {
                return figures.OrderBy(f => f.Where.Path, StringComparer.Ordinal);
            }
        }

        // Figures are loaded in file order, so this is the usual case.
        return figures;
    }

    /// <summary>
    /// The pairs (i &lt; j, in ascending order) of figures in a group that cite overlapping passages of one seed;
    /// no other pair of the group can repeat a figure.
    /// </summary>
    private static List<(int I, int J)> CitingOnePassage(ContentIndex index, List<Funding> group, Dictionary<string, List<(int Figure, int Start, int End)>> bySeed, List<(int I, int J)> pairs)
    {
        // The collections are the caller's, reused from group to group.
        bySeed.Clear();
        pairs.Clear();
        for (var i = 0; i < group.Count; i++)
        {
            foreach (var source in group[i].Sources)
            {
                if (index.SeedTexts.TryGetValue(source.Seed, out var seed) && seed.Find(source.Quote) is { } span)
                {
                    if (!bySeed.TryGetValue(source.Seed, out var spans))
                    {
                        bySeed[source.Seed] = spans = [];
                    }

                    spans.Add((i, span.Start, span.End));
                }
            }
        }

        foreach (var spans in bySeed.Values)
        {
            for (var x = 0; x < spans.Count; x++)
            {
                for (var y = x + 1; y < spans.Count; y++)
                {
                    var (a, b) = (spans[x], spans[y]);
                    if (a.Figure != b.Figure && a.Start < b.End && b.Start < a.End)
                    {
                        pairs.Add((Math.Min(a.Figure, b.Figure), Math.Max(a.Figure, b.Figure)));
                    }
                }
            }
        }

        pairs.Sort();
        for (var k = pairs.Count - 1; k > 0; k--)
        {
            if (pairs[k] == pairs[k - 1])
            {
                pairs.RemoveAt(k);
            }
        }

        return pairs;
    }

    private static bool Overlaps(ContentIndex index, Citation a, Citation b)
    {
        if (!index.SeedTexts.TryGetValue(a.Seed, out var seed) || seed.Find(a.Quote) is not { } x || seed.Find(b.Quote) is not { } y)
        {
            return false;
        }

        return x.Start < y.End && y.Start < x.End;
    }

    private static string Won(Krw amount) => amount.Value.ToString("N0", CultureInfo.InvariantCulture) + " won";
}
