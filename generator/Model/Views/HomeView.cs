namespace Hubwatch.Model.Views;

/// <summary>The home page: what the portal is, the hubs at a glance, key totals, latest updates.</summary>
public sealed record HomeView(
    MarkdownText Intro,
    MapView Map,
    IReadOnlyList<HubCardView> Hubs,
    TotalsView Totals,
    int PartnerCount,
    int AgreementCount,
    int SourceCount,
    IReadOnlyList<AgreementView> Latest)
{
    /// <summary>How many hubs the portal covers; <see cref="Hubs"/> holds the cards shown, at most <see cref="PageBuilder.HomeHubCards"/>.</summary>
    public int HubCount { get; init; }

    /// <summary>The link to the list of every hub, when the home page shows only some of them.</summary>
    public LinkView? AllHubs { get; init; }
}
