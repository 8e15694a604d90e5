namespace Hubwatch.Model.Views;

/// <summary>Every funding figure with computed totals.</summary>
public sealed record FundingIndexView(IReadOnlyList<FundingRowView> Rows, TotalsView Totals);
