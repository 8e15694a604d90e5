namespace Hubwatch.Model.Views;

/// <summary>All agreements and events by year.</summary>
public sealed record TimelineView(IReadOnlyList<YearGroupView> Years, int Count);
