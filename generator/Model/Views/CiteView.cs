namespace Hubwatch.Model.Views;

/// <summary>
/// A numbered citation marker that links to the highlighted passage of its source. The quote itself is shown once, under
/// the same number in the page's list of sources, not repeated on every marker.
/// </summary>
public sealed record CiteView(int Number, string Url, string Source);
