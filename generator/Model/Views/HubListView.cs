namespace Hubwatch.Model.Views;

/// <summary>A page of the list of hubs: the map of every hub, the cards of this page's hubs, and the pager.</summary>
public sealed record HubListView(IReadOnlyList<HubCardView> Hubs, MapView Map, TotalsView Totals)
{
    public PagerView? Pager { get; init; }
}
