namespace Hubwatch.Model.Views;

/// <summary>
/// One funding figure's own page: the figure as its table row shows it, every funder and place it belongs to (linked),
/// the whole it is part of and the parts it is made of.
/// </summary>
public sealed record FundingRecordView(
    FundingRowView Figure,
    IReadOnlyList<LinkView> Funders,
    bool HasUnnamedFunders,
    IReadOnlyList<LinkView> SharedWith,
    bool IsSharedByPlaces,
    MoneyView? WholeAmount,
    IReadOnlyList<FundingRowView> Parts)
{
    /// <summary>Whether several funders give the figure together without a stated split.</summary>
    public bool IsSharedByFunders => Funders.Count > 1 || HasUnnamedFunders;

    /// <summary>
    /// The date of the latest source the figure cites, as the page writes it: its stage is what the sources said then
    /// (a plan whose period has ended stays planned until a source says otherwise); null when no cited source is dated.
    /// </summary>
    public string? StageAsOf { get; init; }

    /// <summary>Whether the stage is the editors' reading of the sources (<c>reads: [stage]</c>), not a stage they state.</summary>
    public bool IsStageRead { get; init; }

    /// <summary>Whether the figure's hub, kind of funder or funder is the editors' reading (<c>reads: [hub]</c>, …), marked where the page states it.</summary>
    public bool IsHubRead { get; init; }

    public bool IsFunderKindRead { get; init; }

    public bool IsFunderRead { get; init; }

    /// <summary>Whether a line of the breakdown is the editors' reading of the source (a year its table does not print as such).</summary>
    public bool IsBreakdownRead => Figure.Breakdown.Any(b => b.IsRead);

    /// <summary>
    /// With parts of another funder kind, the figure's money by kind, each part under its own and only the rest under the
    /// figure's (the hydrogen budget: 145억 national, 175억 not stated); empty when one kind holds it all.
    /// </summary>
    public IReadOnlyList<AnswerPartView> ByFunderKind { get; init; } = [];

    /// <summary>When the figure names no funder but its parts do, each of those funders with the money of its parts; empty otherwise.</summary>
    public IReadOnlyList<AnswerPartView> FundersOfParts { get; init; } = [];

    /// <summary>Beside <see cref="FundersOfParts"/>: the money whose funder no source names; null when the parts' funders give it all.</summary>
    public MoneyView? NoFunderAmount { get; init; }
}
