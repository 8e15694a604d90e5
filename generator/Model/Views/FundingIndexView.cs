namespace Hubwatch.Model.Views;

/// <summary>The funding overview: computed totals, the largest figures (<see cref="Rows"/>) and the way to every figure, paged and by facet.</summary>
public sealed record FundingIndexView(IReadOnlyList<FundingRowView> Rows, TotalsView Totals)
{
    /// <summary>The first page of the list of every figure, with how many there are.</summary>
    public LinkView? All { get; init; }

    /// <summary>The facets funding can be browsed by, one group per dimension.</summary>
    public IReadOnlyList<FacetGroupView> Facets { get; init; } = [];
}
