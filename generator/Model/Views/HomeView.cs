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
    IReadOnlyList<AgreementView> Latest);
