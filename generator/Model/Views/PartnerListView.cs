namespace Hubwatch.Model.Views;

/// <summary>Every organisation, in a table sorted by type (grouped) or by name: two static pages, so sorting needs no script.</summary>
public sealed record PartnerListView(IReadOnlyList<PartnerGroupView> Groups, int Count)
{
    /// <summary>Whether this view lists the organisations by name; otherwise by type, in <see cref="Groups"/>.</summary>
    public bool IsByName { get; init; }

    /// <summary>Every organisation in name order (the by-name view).</summary>
    public IReadOnlyList<PartnerRowView> Rows { get; init; } = [];

    /// <summary>The page sorted by type.</summary>
    public string ByTypeUrl { get; init; } = "";

    /// <summary>The page sorted by name.</summary>
    public string ByNameUrl { get; init; } = "";

    /// <summary>The links to the other pages of the list, null when it is one page.</summary>
    public PagerView? Pager { get; init; }

    /// <summary>Each type's chip, linking to the page where its group starts.</summary>
    public IReadOnlyList<TotalRowView> TypeLinks { get; init; } = [];
}
