using System.Collections.Immutable;
using System.Globalization;
using Hubwatch.Content;

namespace Hubwatch.Model;

/// <summary>
/// Totals over a set of funding figures, split by stage, by public or private money, by funder kind, by hub and by year.
/// </summary>
/// <remarks>
/// A figure counts once. A part (145억 of national funds inside the 320억 hydrogen budget) is not added again, but it is
/// not lost either: each split gives a part to its own funder kind and stage, and only the remainder of the whole to the
/// whole's (145억 national, 175억 unspecified). A part whose whole is outside the set counts as a figure of its own, so a
/// funder's page still totals the part it pays. Every split adds up to <see cref="Total"/>, and each figure falls in one
/// line of <see cref="ByHub"/>: a figure several hubs or places share is a line of its own, never a member's.
/// </remarks>
public sealed record FundingTotals(
    Krw Total,
    int CountedFigures,
    ImmutableArray<TotalLine> ByStatus,
    ImmutableArray<TotalLine> BySector,
    ImmutableArray<TotalLine> ByFunderKind,
    ImmutableArray<HubTotalLine> ByHub,
    ImmutableArray<TotalLine> ByYear,
    Krw NotByYear,
    ImmutableArray<Funding> Shared)
{
    /// <summary>
    /// The money of each named funder (keyed by the lead funder's reference), parts to their own funder; money with no
    /// named funder is in no line. A figure several funders share without a split is its lead funder's line.
    /// </summary>
    public ImmutableArray<TotalLine> ByFunder { get; init; } = [];

    /// <summary>The stages of the figures whose yearly splits <see cref="ByYear"/> adds up, their parts included, in the vocabulary's order.</summary>
    public ImmutableArray<FundingStatus> ByYearStages { get; init; } = [];

    /// <summary>The same totals naming, in place of each shared figure, the version <paramref name="now"/> gives (see <see cref="FundingShape"/>).</summary>
    public FundingTotals Rebind(Func<Funding, Funding> now) => this with { Shared = ImmutableArray.CreateRange(Shared, now) };

    /// <summary>
    /// How much of the total rests on an editors' reading of each kind (<see cref="Inference.Reads"/>), in the
    /// vocabulary's order, only those with money: the hub a figure is linked to (the whole figure), its kind of
    /// funder, named funder or stage (the slice that counts under it, parts apart).
    /// </summary>
    public ImmutableArray<(FundingReading Reading, Krw Amount)> ByReading { get; init; } = [];

    /// <summary>Key used in <see cref="ByYear"/> for a labelled breakdown line (e.g. already invested), which has no year of its own.</summary>
    public const string EarlierKey = "earlier";

    /// <summary>The stages every total shows even at zero: that nothing is committed or spent is an answer too.</summary>
    private static readonly ImmutableArray<FundingStatus> AlwaysShownStatuses =
        [FundingStatus.Announced, FundingStatus.Planned, FundingStatus.Committed, FundingStatus.Executed];

    /// <summary>Totals of <paramref name="figures"/>; a figure listed twice counts once.</summary>
    /// <param name="funderOf">
    /// The organisation a funder reference names (a figure may name it by an alias), so that <see cref="ByFunder"/>
    /// has one line per organisation; without it, <see cref="ByFunder"/> is keyed by the references as written.
    /// </param>
    public static FundingTotals Of(IEnumerable<Funding> figures, Func<EntityRef<Partner>, Id<Partner>>? funderOf = null)
    {
        var set = Distinct(figures);
        var inSet = new HashSet<Id<Funding>>(set.Select(f => f.Id));
        var partsOf = new Dictionary<Id<Funding>, List<Funding>>();
        var roots = new List<Funding>();
        foreach (var figure in set)
        {
            if (figure.PartOf is { } whole && whole.Id != figure.Id && inSet.Contains(whole.Id))
            {
                if (!partsOf.TryGetValue(whole.Id, out var parts))
                {
                    partsOf[whole.Id] = parts = [];
                }

                parts.Add(figure);
            }
            else
            {
                roots.Add(figure);
            }
        }

        var total = new Krw(0);
        var byStatus = new Tally();
        var bySector = new Tally();
        var byKind = new Tally();
        var byFunder = new Tally();
        var byHub = new Dictionary<string, (HubGroup Group, Krw Amount, int Count)>(StringComparer.Ordinal);
        var byYear = new Tally();
        var notByYear = new Krw(0);
        var yearStages = new HashSet<FundingStatus>();
        var shared = new List<Funding>();
        var byReading = new Dictionary<FundingReading, Krw>();
        void Read(FundingReading reading, Funding figure, Krw amount)
        {
            if (figure.IsRead(reading))
            {
                byReading[reading] = byReading.GetValueOrDefault(reading) + amount;
            }
        }

        foreach (var root in roots)
        {
            total += root.Amount;
            Read(FundingReading.Hub, root, root.Amount);
            var (slices, family) = Slices(root, partsOf);
            foreach (var slice in slices)
            {
                Read(FundingReading.FunderKind, slice.Figure, slice.Amount);
                Read(FundingReading.Funder, slice.Figure, slice.Amount);
                Read(FundingReading.Stage, slice.Figure, slice.Amount);
                byStatus.Add(slice.Figure.Status.Code(), slice.Amount, slice.Figure.Id);
                bySector.Add(slice.Figure.FunderKind.Sector().Code(), slice.Amount, slice.Figure.Id);
                byKind.Add(slice.Figure.FunderKind.Code(), slice.Amount, slice.Figure.Id);
                if (slice.Figure.Funder is { } funder)
                {
                    byFunder.Add(funderOf?.Invoke(funder) ?? funder.Id, slice.Amount, slice.Figure.Id);
                }
            }

            var group = HubGroup.Of(root);
            var (_, hubAmount, hubCount) = byHub.GetValueOrDefault(group.Key, (group, new Krw(0), 0));
            // A hub's line holds the money of the figure and of its parts, so it counts them all, as its list shows them.
            byHub[group.Key] = (group, hubAmount + root.Amount, hubCount + family);
            if (root.IsShared || (partsOf.TryGetValue(root.Id, out var rootParts) && rootParts.Any(p => p.IsShared)))
            {
                shared.Add(root);
            }

            if (root.Breakdown.IsEmpty)
            {
                notByYear += root.Amount;
                continue;
            }

            // A whole's yearly split covers its parts too (the 14.1억 plan's "already invested" line is a part spent).
            yearStages.UnionWith(slices.Where(slice => slice.Amount.Value > 0).Select(slice => slice.Figure.Status));
            foreach (var item in root.Breakdown)
            {
                byYear.Add(item.Year?.ToString(CultureInfo.InvariantCulture) ?? EarlierKey, item.Amount, root.Id);
            }
        }

        foreach (var status in AlwaysShownStatuses)
        {
            byStatus.Ensure(status.Code());
        }

        foreach (var sector in Vocabulary.ValuesOf<FunderSector>().Where(s => s != FunderSector.Unspecified))
        {
            bySector.Ensure(sector.Code());
        }

        var hubLines = byHub.Values
            .Select(v => new HubTotalLine(v.Group, v.Amount, v.Count))
            .OrderByDescending(l => l.Amount.Value)
            .ThenBy(l => l.Group.Key, StringComparer.Ordinal);

        // "earlier" sorts before the years.
        var yearLines = byYear.Lines().OrderBy(l => l.Key == EarlierKey ? "" : l.Key, StringComparer.Ordinal);

        return new FundingTotals(
            total,
            roots.Count,
            [.. byStatus.Lines().OrderBy(l => IndexOf(Vocabulary.CodesOf<FundingStatus>(), l.Key))],
            [.. bySector.Lines().OrderBy(l => IndexOf(Vocabulary.CodesOf<FunderSector>(), l.Key))],
            [.. byKind.Lines().OrderBy(l => IndexOf(Vocabulary.CodesOf<FunderKind>(), l.Key))],
            [.. hubLines],
            [.. yearLines],
            notByYear,
            [.. shared])
        {
            ByFunder = [.. byFunder.Lines().OrderByDescending(l => l.Amount.Value).ThenBy(l => l.Key, StringComparer.Ordinal)],
            ByYearStages = [.. yearStages.Order()],
            ByReading = [.. byReading.Where(r => r.Value.Value > 0).OrderBy(r => r.Key).Select(r => (r.Key, r.Value))],
        };
    }

    /// <summary>The amount of a line of <see cref="ByStatus"/>, zero when no figure has the stage.</summary>
    public Krw Status(FundingStatus status) => ByStatus.FirstOrDefault(l => l.Key == status.Code())?.Amount ?? new Krw(0);

    /// <summary>How much of the total rests on readings of one kind (<see cref="ByReading"/>), zero when none does.</summary>
    public Krw Reading(FundingReading reading) => ByReading.Where(r => r.Reading == reading).Select(r => r.Amount).FirstOrDefault();

    /// <summary>The amount of a line of <see cref="BySector"/>, zero when no figure is on that side.</summary>
    public Krw Sector(FunderSector sector) => BySector.FirstOrDefault(l => l.Key == sector.Code())?.Amount ?? new Krw(0);

    /// <summary>
    /// A figure cut by funder kind and stage: each part of its own, then what is left of the figure itself; and how many
    /// figures it is, with its parts at any depth. Validation keeps parts within their whole, so the remainder is never
    /// below zero.
    /// </summary>
    private static (List<(Funding Figure, Krw Amount)> Slices, int Figures) Slices(Funding root, Dictionary<Id<Funding>, List<Funding>> partsOf)
    {
        // Made as a list, not yielded: the walk marks the figures it has seen, so a second reading would lose the parts.
        var slices = new List<(Funding Figure, Krw Amount)>();
        var seen = new HashSet<Id<Funding>>();
        void Add(Funding figure)
        {
            var remainder = figure.Amount;
            if (seen.Add(figure.Id) && partsOf.TryGetValue(figure.Id, out var parts))
            {
                foreach (var part in parts)
                {
                    Add(part);
                    remainder -= part.Amount;
                }
            }

            if (remainder.Value > 0)
            {
                slices.Add((figure, remainder));
            }
        }

        Add(root);
        return (slices, seen.Count);
    }

    /// <summary>The figures once each, in id order (the order records are loaded in, nearly always).</summary>
    private static List<Funding> Distinct(IEnumerable<Funding> figures)
    {
        var seen = new HashSet<Id<Funding>>();
        var list = new List<Funding>();
        var sorted = true;
        foreach (var figure in figures)
        {
            if (seen.Add(figure.Id))
            {
                sorted &= list.Count == 0 || list[^1].Id.CompareTo(figure.Id) <= 0;
                list.Add(figure);
            }
        }

        return sorted ? list : [.. list.OrderBy(f => f.Id)];
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

        return list.Count;
    }

    /// <summary>Sums by key, with the figures that went into each.</summary>
    private sealed class Tally
    {
        private readonly Dictionary<string, (Krw Amount, HashSet<string> Figures)> _lines = new(StringComparer.Ordinal);

        public void Add(string key, Krw amount, string figure)
        {
            var (sum, figures) = Ensure(key);
            figures.Add(figure);
            _lines[key] = (sum + amount, figures);
        }

        public (Krw Amount, HashSet<string> Figures) Ensure(string key)
        {
            if (!_lines.TryGetValue(key, out var line))
            {
                _lines[key] = line = (new Krw(0), new HashSet<string>(StringComparer.Ordinal));
            }

            return line;
        }

        public IEnumerable<TotalLine> Lines() => _lines.Select(kv => new TotalLine(kv.Key, kv.Value.Amount, kv.Value.Figures.Count));
    }
}
