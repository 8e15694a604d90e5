namespace Hubwatch.Model.Views;

/// <summary>A party to an agreement and what it undertakes.</summary>
public sealed record PartyView(LinkView Partner, string? Undertakes, IReadOnlyList<CiteView> Cites);
