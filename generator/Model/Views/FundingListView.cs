namespace Hubwatch.Model.Views;

/// <summary>
/// One page of a list of funding figures (every figure, or those of one facet, organisation or programme), one line
/// each linking to the figure's page, with the totals of the whole list (not of the page), the CSV of exactly its rows
/// and the links to the other pages.
/// </summary>
public sealed record FundingListView(
    string Lead,
    FacetTotalView Total,
    IReadOnlyList<FundingItemView> Items,
    PagerView? Pager,
    LinkView? Csv,
    LinkView? Back);

/// <summary>
/// The totals of a list, from <see cref="FundingTotals"/>: how many figures it lists, how many of them are parts of
/// another figure in it (not added again), and the total; <see cref="YearAmount"/> is the money of the year on a year's list.
/// </summary>
public sealed record FacetTotalView(string Text, int Count, int PartCount, MoneyView Amount, string Headline, MoneyView? YearAmount, string? YearText);

/// <summary>A funding figure on one line: its title linking to its page, amount, stage, kind of funder and period.</summary>
public sealed record FundingItemView(string Id, string Url, string Title, MoneyView Amount, string Status, string FunderKind, string? Period, bool IsPart);

/// <summary>The links to the facets of one dimension (hub, funder kind, status, year), each with its number of figures.</summary>
public sealed record FacetGroupView(string Caption, IReadOnlyList<TotalRowView> Links);
