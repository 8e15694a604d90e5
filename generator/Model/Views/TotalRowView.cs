namespace Hubwatch.Model.Views;

/// <summary>A line of a totals table; <see cref="Percent"/> is its share of the largest line, for bars.</summary>
public sealed record TotalRowView(string Label, string? Url, MoneyView Amount, int Count, int Percent);
