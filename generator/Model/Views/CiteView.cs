namespace Hubwatch.Model.Views;

/// <summary>A numbered citation marker that links to the highlighted passage of its source.</summary>
public sealed record CiteView(int Number, string Url, string Quote, string Source);
