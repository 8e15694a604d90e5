namespace Hubwatch.Model.Views;

/// <summary>A source document in full, cited passages highlighted and linked back to what cites them.</summary>
public sealed record SourceView(SourceItemView Source, string? OriginalUrl, IReadOnlyList<SegmentView> Segments, IReadOnlyList<CitedPassageView> Passages);
