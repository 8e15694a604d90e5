namespace Hubwatch.Model.Views;

/// <summary>One organisation: its hubs, agreements and funding.</summary>
public sealed record PartnerView(
    string Id,
    string Name,
    string OtherName,
    string Type,
    LinkView TypeLink,
    IReadOnlyList<string> Aliases,
    string? Summary,
    IReadOnlyList<LinkView> Hubs,
    IReadOnlyList<AgreementView> Agreements,
    IReadOnlyList<FundingRowView> Funding,
    IReadOnlyList<CiteView> Cites)
{
    /// <summary>The editors' inferences, shown apart from what the sources state.</summary>
    public IReadOnlyList<InferenceView> Inferences { get; init; } = [];

    /// <summary>The programs the partner owns or takes part in through an agreement.</summary>
    public IReadOnlyList<LinkView> Programs { get; init; } = [];

    /// <summary>The totals of <see cref="Funding"/>, by stage, public or private money and funder kind; null with fewer than two figures, whose one row says all a total would.</summary>
    public TotalsView? Totals { get; init; }

    /// <summary>
    /// The figures that name the organisation among the places or bodies they also go to (<c>shared_with</c>) and not
    /// as a funder, such as the Jeonju–Wanju hydrogen money on Wanju's page. Each amount is the whole figure.
    /// </summary>
    public IReadOnlyList<FundingRowView> SharedFunding { get; init; } = [];

    /// <summary>The page listing every figure of <see cref="SharedFunding"/>, when there are more than the page shows; null otherwise.</summary>
    public LinkView? AllSharedFunding { get; init; }

    /// <summary>The page listing every figure, when there are more than one page shows; null otherwise.</summary>
    public LinkView? AllFunding { get; init; }

    /// <summary>The page listing every agreement and event, when there are more than one page shows; null otherwise.</summary>
    public LinkView? AllAgreements { get; init; }
}
