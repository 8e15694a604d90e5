namespace Hubwatch.Model.Views;

/// <summary>Computed totals of a set of figures, by hub, funder kind and year.</summary>
public sealed record TotalsView(
    MoneyView Total,
    int Count,
    int PartCount,
    IReadOnlyList<TotalRowView> ByHub,
    IReadOnlyList<TotalRowView> ByFunderKind,
    IReadOnlyList<TotalRowView> ByYear,
    MoneyView? NotByYear);
