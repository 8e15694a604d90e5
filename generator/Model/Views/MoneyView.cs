namespace Hubwatch.Model.Views;

/// <summary>An amount as readers see it, with the exact won figure for hover text and data.</summary>
public sealed record MoneyView(string Text, string Exact, long Value);
