namespace Hubwatch.Model.Views;

/// <summary>The list of source documents.</summary>
public sealed record SourceListView(IReadOnlyList<SourceItemView> Sources);
