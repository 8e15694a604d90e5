namespace Hubwatch.Model.Views;

/// <summary>Every funding figure with computed totals.</summary>
public sealed record FundingIndexView(IReadOnlyList<FundingRowView> Rows, TotalsView Totals)
{
    /// <summary>The largest figures that totals count (no part of another), largest first, each linked to its page.</summary>
    public IReadOnlyList<FundingRowView> Largest { get; init; } = [];

    /// <summary><see cref="Largest"/> as a bar chart whose bars link to the figures' pages.</summary>
    public ChartView? LargestChart { get; init; }
}
