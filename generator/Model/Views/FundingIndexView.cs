namespace Hubwatch.Model.Views;

/// <summary>The funding overview: computed totals, the largest figures, and the way to every figure, paged and by facet.</summary>
public sealed record FundingIndexView(IReadOnlyList<FundingRowView> Rows, TotalsView Totals)
{
    /// <summary>The largest figures that totals count (no part of another), largest first, each linked to its page.</summary>
    public IReadOnlyList<FundingRowView> Largest { get; init; } = [];

    /// <summary><see cref="Largest"/> as a bar chart whose bars link to the figures' pages.</summary>
    public ChartView? LargestChart { get; init; }

    /// <summary>The first page of the list of every figure, with how many there are.</summary>
    public LinkView? All { get; init; }

    /// <summary>The facets funding can be browsed by, one group per dimension.</summary>
    public IReadOnlyList<FacetGroupView> Facets { get; init; } = [];
}
