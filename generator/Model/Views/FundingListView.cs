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
    LinkView? Back)
{
    /// <summary>The form that narrows the whole list by several choices at once, on a list short enough to read whole.</summary>
    public NarrowView? Narrow { get; init; }

    /// <summary>On a list too long to narrow in the browser: the way to the facets, where narrowing starts.</summary>
    public LinkView? NarrowFirst { get; init; }

    /// <summary>Under the total: the money of the listed figures' parts that are on other lists (at another stage, say), which the total includes.</summary>
    public string? TotalNote { get; init; }

    /// <summary>
    /// On a stage's or a kind of funder's list whose figures have parts on other lists: the money of the stage or kind
    /// alone, as the overview counts it, shown under the list's total, with <see cref="OwnTotalText"/> saying what it is.
    /// </summary>
    public MoneyView? OwnTotal { get; init; }

    public string? OwnTotalText { get; init; }

    /// <summary>Under the total: how much of it is in figures shared with other hubs or funders, each counted once; each such line says with whom.</summary>
    public string? SharedNote { get; init; }

    /// <summary>On a year's first page: the figures whose period includes the year but that have no yearly breakdown, so are not listed.</summary>
    public IReadOnlyList<AnswerPartView> NotByYear { get; init; } = [];

    /// <summary>How many such figures there are; <see cref="NotByYear"/> names the largest of them.</summary>
    public int NotByYearCount { get; init; }
}

/// <summary>
/// The totals of a list, from <see cref="FundingTotals"/>: how many figures it lists, how many of them are parts of
/// another figure in it (not added again), and the total; <see cref="YearAmount"/> is the money of the year on a year's list.
/// </summary>
public sealed record FacetTotalView(string Text, int Count, int PartCount, MoneyView Amount, string Headline, MoneyView? YearAmount, string? YearText)
{
    /// <summary>What the total adds up, as the list shows it above the amount: "Planned · 6 figures".</summary>
    public string Label => Headline + " · " + Text;
}

/// <summary>A funding figure on one line: its title linking to its page, amount, stage, kind of funder and period.</summary>
public sealed record FundingItemView(string Id, string Url, string Title, MoneyView Amount, string Status, string FunderKind, string? Period, bool IsPart)
{
    /// <summary>
    /// On a list that can be narrowed: the figure's keys in each dimension (<c>data-hub="jeonju gwangju"</c>) and, for
    /// a part, the figure it is a part of, which <c>assets/narrow.js</c> reads.
    /// </summary>
    public IReadOnlyList<NarrowKeyView> Keys { get; init; } = [];

    public string? PartOf { get; init; }

    /// <summary>For a figure shared with other hubs, places or funders: with whom, besides the list's own hub or organisation.</summary>
    public string? SharedWith { get; init; }
}

/// <summary>A figure's keys in one dimension, separated by spaces.</summary>
public sealed record NarrowKeyView(string Name, string Value);

/// <summary>
/// The form that narrows a list by hub, kind of funder, stage and year together (its wording is the interface text
/// <c>narrow.*</c>). It is sent hidden: <c>assets/narrow.js</c> shows it, reads the list's other pages
/// (<see cref="Pages"/>, the one at <see cref="Current"/> being this one) and shows the rows that match every choice,
/// under the list's <see cref="Title"/> without its page number, with their total from the file at <see cref="Totals"/>
/// (whose address names the options it was written for, so that a cached file never answers for others).
/// </summary>
public sealed record NarrowView(IReadOnlyList<NarrowSelectView> Selects, string Pages, int Current, string Title, string Totals, string ScriptUrl);

/// <summary>One dimension of a <see cref="NarrowView"/>: its label and its values in the list, each with its number of figures.</summary>
public sealed record NarrowSelectView(string Name, string Label, IReadOnlyList<NarrowOptionView> Options);

public sealed record NarrowOptionView(string Key, string Label, int Count);

/// <summary>
/// The totals of the choices of a list's narrowing form, each as the list's own total reads, written beside the list
/// for <c>assets/narrow.js</c>: each different total once, and each choice (keyed by the places of its options,
/// <c>0.2.5</c>) by its total's index.
/// </summary>
public sealed record NarrowTotalsView(IReadOnlyList<FacetTotalView> Totals, IReadOnlyDictionary<string, int> Choices);

/// <summary>A link to one facet, with how many figures it lists.</summary>
public sealed record FacetLinkView(string Label, string Url, int Count);

/// <summary>The links to the facets of one dimension (hub, funder kind, status, year), each with its number of figures.</summary>
public sealed record FacetGroupView(string Caption, IReadOnlyList<FacetLinkView> Links)
{
    /// <summary>The dimension's own page, which lists the same facets.</summary>
    public string? Url { get; init; }
}
