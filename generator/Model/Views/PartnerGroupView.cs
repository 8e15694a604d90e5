namespace Hubwatch.Model.Views;

/// <summary>Partners of one type, sorted in the page language's order.</summary>
public sealed record PartnerGroupView(string Type, string Label, IReadOnlyList<LinkView> Partners);
