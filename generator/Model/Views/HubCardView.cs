namespace Hubwatch.Model.Views;

/// <summary>
/// A hub at a glance. <see cref="Total"/> counts figures for this hub alone; <see cref="Shared"/> those the
/// sources give to several hubs without a split, which would mislead if shown as this hub's own.
/// </summary>
public sealed record HubCardView(
    string Id,
    string Url,
    string Name,
    string Region,
    string Summary,
    string Status,
    MoneyView Total,
    MoneyView? Shared,
    int FundingCount,
    int AgreementCount)
{
    /// <summary>Of all the hub's money (its own and the shared), what is committed or spent; null when it has no figure.</summary>
    public MoneyView? Done { get; init; }

    /// <summary>The other places the <see cref="Shared"/> figures are linked to, named, so the card says with whom; null when none.</summary>
    public string? SharedWith { get; init; }

    /// <summary>Of all the hub's money, what the editors' reading links to it rather than a source; null when none.</summary>
    public MoneyView? HubRead { get; init; }
}
