namespace Hubwatch.Model.Views;

/// <summary>The list of hubs.</summary>
public sealed record HubListView(IReadOnlyList<HubCardView> Hubs, MapView Map, TotalsView Totals);
