namespace Hubwatch.Model.Views;

/// <summary>
/// Computed totals of a set of figures: a headline that names the stages it adds up, the split by stage and by public
/// or private money (each adding up to the total), the figures shared with other places or funders, and one section
/// per further breakdown (hub, funder kind, year).
/// </summary>
public sealed record TotalsView(
    MoneyView Total,
    int Count,
    int PartCount,
    IReadOnlyList<TotalsSectionView> Sections,
    MoneyView? NotByYear)
{
    /// <summary>What the total is, by stage: "발표·계획된 금액" / "Announced or planned".</summary>
    public string Headline { get; init; } = "";

    /// <summary>The total by stage; committed and executed are listed even at zero.</summary>
    public IReadOnlyList<TotalRowView> Stages { get; init; } = [];

    /// <summary>The total by public money, private or foreign money, and money with no stated funder.</summary>
    public IReadOnlyList<TotalRowView> Sectors { get; init; } = [];

    /// <summary>The figures in the total that belong to other places or funders too, each with whom.</summary>
    public IReadOnlyList<SharedNoteView> Shared { get; init; } = [];

    /// <summary>How much of the total the editors' readings place at its hub, under its kind of funder, with its funder or at its stage, as a sentence; null when none does.</summary>
    public string? Readings { get; init; }

    /// <summary>How many more shared figures there are, and how much they hold, when <see cref="Shared"/> names only the largest.</summary>
    public string? SharedMore { get; init; }
}
