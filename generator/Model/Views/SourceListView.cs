namespace Hubwatch.Model.Views;

/// <summary>The list of source documents.</summary>
public sealed record SourceListView(IReadOnlyList<SourceItemView> Sources)
{
    /// <summary>The links to the other pages of the list, null when it is one page.</summary>
    public PagerView? Pager { get; init; }
}
