namespace Hubwatch.Model.Views;

/// <summary>One funding figure in a table, with everything it links to.</summary>
public sealed record FundingRowView(
    string Id,
    string Url,
    string Title,
    MoneyView Amount,
    string AsWritten,
    string FunderKind,
    IReadOnlyList<LinkView> Funders,
    bool HasUnnamedFunders,
    IReadOnlyList<LinkView> Hubs,
    LinkView? Program,
    string? Period,
    string Purpose,
    string Status,
    LinkView? PartOf,
    string? Note,
    IReadOnlyList<BreakdownView> Breakdown,
    IReadOnlyList<CiteView> Cites)
{
    /// <summary>The editors' inferences, shown apart from what the sources state.</summary>
    public IReadOnlyList<InferenceView> Inferences { get; init; } = [];
}
