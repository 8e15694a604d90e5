namespace Hubwatch.Model.Views;

/// <summary>One breakdown of totals (by hub, funder kind or year): the chart and the table with the same numbers.</summary>
public sealed record TotalsSectionView(string Id, string Caption, IReadOnlyList<TotalRowView> Rows, ChartView Chart);
