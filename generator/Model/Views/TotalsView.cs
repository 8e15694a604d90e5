namespace Hubwatch.Model.Views;

/// <summary>Computed totals of a set of figures, with one section per breakdown (hub, funder kind, year).</summary>
public sealed record TotalsView(
    MoneyView Total,
    int Count,
    int PartCount,
    IReadOnlyList<TotalsSectionView> Sections,
    MoneyView? NotByYear);
