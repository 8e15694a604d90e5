namespace Hubwatch.Model.Views;

/// <summary>All agreements and events by year.</summary>
public sealed record TimelineView(IReadOnlyList<YearGroupView> Years, int Count)
{
    /// <summary>The links to the other pages of the timeline, null when it is one page.</summary>
    public PagerView? Pager { get; init; }

    /// <summary>Each year's chip, linking to the page where the year starts.</summary>
    public IReadOnlyList<LinkView> YearLinks { get; init; } = [];
}
