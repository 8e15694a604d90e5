namespace Hubwatch.Model.Views;

/// <summary>A run of a source document's text; cited runs carry their anchor and passage number.</summary>
public sealed record SegmentView(string Text, string? Anchor, int Number);
