namespace Hubwatch.Model.Views;

/// <summary>Partners of one type, sorted in the page language's order.</summary>
public sealed record PartnerGroupView(string Type, string Label, IReadOnlyList<LinkView> Partners)
{
    /// <summary>The same partners as table rows.</summary>
    public IReadOnlyList<PartnerRowView> Rows { get; init; } = [];
}
