namespace Hubwatch.Model.Views;

/// <summary>The list of hubs.</summary>
public sealed record HubListView(IReadOnlyList<HubCardView> Hubs, TotalsView Totals);
