namespace Hubwatch.Model.Views;

/// <summary>One line of a funding breakdown.</summary>
public sealed record BreakdownView(string Label, MoneyView Amount);
