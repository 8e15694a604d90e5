namespace Hubwatch.Model.Views;

/// <summary>A source document in full, cited passages highlighted and linked back to what cites them.</summary>
public sealed record SourceView(SourceItemView Source, string? OriginalUrl, IReadOnlyList<SegmentView> Segments, IReadOnlyList<CitedPassageView> Passages)
{
    /// <summary>The document as received holds web page markup (<c>&lt;ul style="…"&gt;</c>), which its page shows as text and says so.</summary>
    public bool HasMarkup { get; init; }
}
