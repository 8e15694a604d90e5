namespace Hubwatch.Model.Views;

/// <summary>
/// The links between the pages of a list: first, previous, next and last (null where there is none), and the
/// numbered pages around the current one. <see cref="Label"/> names the navigation for screen readers.
/// </summary>
public sealed record PagerView(
    string Label,
    string PageOf,
    LinkView? First,
    LinkView? Previous,
    LinkView? Next,
    LinkView? Last,
    IReadOnlyList<PagerItemView> Items);

/// <summary>A numbered page in a pager (<see cref="Url"/> null for a gap of pages not shown), with its accessible text.</summary>
public sealed record PagerItemView(int Number, string? Url, string Text, bool IsCurrent);
