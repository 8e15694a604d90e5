namespace Hubwatch.Model.Views;

/// <summary>One hub: summary, key figures, programs, timeline, partners, funding with totals, sources.</summary>
public sealed record HubView(
    string Id,
    string Name,
    string Region,
    string Province,
    string Status,
    string? Designated,
    string? Area,
    string Summary,
    MarkdownText Body,
    string? Note,
    MapView Map,
    IReadOnlyList<KeyFigureView> KeyFigures,
    IReadOnlyList<LinkView> Programs,
    IReadOnlyList<AgreementView> Timeline,
    IReadOnlyList<LinkView> Partners,
    IReadOnlyList<FundingRowView> Funding,
    TotalsView Totals,
    IReadOnlyList<CiteView> Cites)
{
    /// <summary>The editors' inferences, shown apart from what the sources state.</summary>
    public IReadOnlyList<InferenceView> Inferences { get; init; } = [];

    /// <summary>The computed paragraph at the top of the page: how much money, at what stage, public or private, from whom, shared with whom.</summary>
    public IReadOnlyList<AnswerPartView> MoneyAnswer { get; init; } = [];

    /// <summary>The page listing every figure, when there are more than one page shows; null otherwise.</summary>
    public LinkView? AllFunding { get; init; }

    /// <summary>The page listing every agreement and event, when there are more than one page shows; null otherwise.</summary>
    public LinkView? AllAgreements { get; init; }

    /// <summary>How many organisations the hub is linked to; <see cref="Partners"/> holds the first of them when there are more than a page lists.</summary>
    public int PartnerCount { get; init; }

    /// <summary>The pages listing every organisation, when there are more than the hub's page shows; null otherwise.</summary>
    public LinkView? AllPartners { get; init; }
}
