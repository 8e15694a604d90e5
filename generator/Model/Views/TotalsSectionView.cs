namespace Hubwatch.Model.Views;

/// <summary>
/// One breakdown of totals (by hub, funder kind or year): the chart and the table with the same numbers, and which
/// stages of money its lines add together (<paramref name="Stages"/>: "Announced, planned and spent added together").
/// </summary>
public sealed record TotalsSectionView(string Id, string Caption, string Stages, IReadOnlyList<TotalRowView> Rows, ChartView Chart);
