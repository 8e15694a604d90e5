namespace Hubwatch.Model.Views;

/// <summary>
/// A numbered entry of a page's source list: the quotes the page cites from one passage of a source (one, or several
/// that overlap there), in the source's order, and a link to the highlighted passage.
/// </summary>
public sealed record SourceNoteView(int Number, IReadOnlyList<string> Quotes, string Url, string Source)
{
    /// <summary>The editors' English for the quotes, on a page that is not Korean and when they have translated them.</summary>
    public string? English { get; init; }
}
