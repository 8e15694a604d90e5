using System.Collections.Immutable;
using Hubwatch.Diagnostics;

namespace Hubwatch.Content;

/// <summary>A money figure as a source states it, normalised to exact won.</summary>
public sealed record Funding(
    Id<Funding> Id,
    LocalizedText Title,
    Krw Amount,
    string AmountAsWritten,
    FunderKind FunderKind,
    EntityRef<Partner>? Funder,
    ImmutableArray<EntityRef<Hub>> Hubs,
    EntityRef<HubProgram>? Program,
    Period? Period,
    LocalizedText Purpose,
    FundingStatus Status,
    EntityRef<Funding>? PartOf,
    ImmutableArray<BreakdownItem> Breakdown,
    LocalizedText? Note,
    ImmutableArray<Citation> Sources,
    SourceLocation Where)
{
    /// <summary>Further named funders when several share the figure without a stated split (<c>funders</c> lists them after <see cref="Funder"/>).</summary>
    public ImmutableArray<EntityRef<Partner>> CoFunders { get; init; } = [];

    /// <summary>The source names the funder "and others" (<c>A 등 투자 주관사</c>): others share the figure and are not named.</summary>
    public bool HasUnnamedFunders { get; init; }

    /// <summary>
    /// The source leaves open whether the amount goes to each of the figure's hubs or is shared between them
    /// (<c>선정 지역에는 … 63억원을 지원한다</c>). Totals count it once, as one shared amount; the pages say that it may
    /// be each hub's, and how much more the total would then be.
    /// </summary>
    public bool MayBePerSite { get; init; }

    /// <summary>Places or organisations outside the listed hubs that the figure also belongs to (Wanju beside Jeonju), by partner id.</summary>
    public ImmutableArray<EntityRef<Partner>> SharedWith { get; init; } = [];

    /// <summary>Whether the figure belongs to several hubs, places or funders at once, so no one of them may be shown owning all of it.</summary>
    public bool IsShared => Hubs.Length > 1 || !SharedWith.IsEmpty || IsSharedByFunders;

    /// <summary>Every named funder: <see cref="Funder"/> first, then <see cref="CoFunders"/>.</summary>
    /// <summary>Whether other funders, named or not, give the figure with its funder, in shares no source states.</summary>
    public bool IsSharedByFunders => !CoFunders.IsEmpty || HasUnnamedFunders;

    public IEnumerable<EntityRef<Partner>> Funders => Funder is null ? CoFunders : CoFunders.Insert(0, Funder);

    /// <summary>The editors' readings of the sources in this record, each with its reasoning; shown apart from what the sources state.</summary>
    public ImmutableArray<Inference> Inferences { get; init; } = [];

    /// <summary>Whether the editors read <paramref name="reading"/> (the hub, the funder kind, the funder or the stage) into the sources rather than found it stated.</summary>
    public bool IsRead(FundingReading reading) => Inferences.Any(i => i.Reads.Contains(reading));

    /// <summary>Where <c>amount</c> is written, for a diagnostic about it; null for a figure made in code.</summary>
    public SourceLocation? AmountWhere { get; init; }

    /// <summary>Where the period's <c>from</c> and <c>to</c> are written, for a diagnostic about them; null for a figure made in code.</summary>
    public (SourceLocation? From, SourceLocation? To) PeriodWhere { get; init; }

    /// <summary>
    /// The amount or a line of the breakdown could not be read, and an error says where. The figure is kept so that its
    /// other problems are reported in the same run; checks that add its amounts up pass it over.
    /// </summary>
    public bool HasUnreadableAmounts { get; init; }
}
