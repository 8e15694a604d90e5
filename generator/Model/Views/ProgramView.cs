namespace Hubwatch.Model.Views;

/// <summary>One program: what it is, who runs it, its hubs, agreements and funding.</summary>
public sealed record ProgramView(
    string Id,
    string Name,
    string Scope,
    LinkView? Owner,
    string Summary,
    MarkdownText Body,
    IReadOnlyList<LinkView> Hubs,
    IReadOnlyList<AgreementView> Agreements,
    IReadOnlyList<FundingRowView> Funding,
    IReadOnlyList<CiteView> Cites)
{
    /// <summary>The editors' inferences, shown apart from what the sources state.</summary>
    public IReadOnlyList<InferenceView> Inferences { get; init; } = [];

    /// <summary>The totals of <see cref="Funding"/>, by stage, public or private money and funder kind; null with fewer than two figures, whose one row says all a total would.</summary>
    public TotalsView? Totals { get; init; }

    /// <summary>The page listing every figure, when there are more than one page shows; null otherwise.</summary>
    public LinkView? AllFunding { get; init; }

    /// <summary>The page listing every agreement and event, when there are more than one page shows; null otherwise.</summary>
    public LinkView? AllAgreements { get; init; }
}
