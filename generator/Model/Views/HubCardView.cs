namespace Hubwatch.Model.Views;

/// <summary>A hub at a glance, for the home page, the hub list and the map.</summary>
public sealed record HubCardView(
    string Id,
    string Url,
    string Name,
    string Region,
    string Summary,
    string Status,
    MoneyView Total,
    int FundingCount,
    int AgreementCount);
