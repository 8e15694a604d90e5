namespace Hubwatch.Model.Views;

/// <summary>One page of the site-wide list of changes, newest first, with links to the other pages.</summary>
public sealed record ChangesView(
    IReadOnlyList<RevisionView> Entries,
    int Total,
    int PageNumber,
    int PageCount,
    LinkView? Newer,
    LinkView? Older,
    string FeedUrl,
    string? Incomplete);
