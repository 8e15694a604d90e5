namespace Hubwatch.Model.Views;

/// <summary>Every organisation, grouped by type.</summary>
public sealed record PartnerListView(IReadOnlyList<PartnerGroupView> Groups, int Count);
