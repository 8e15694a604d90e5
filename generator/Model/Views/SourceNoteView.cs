namespace Hubwatch.Model.Views;

/// <summary>A numbered entry of a page's source list: the quote and a link to its highlighted passage.</summary>
public sealed record SourceNoteView(int Number, string Quote, string Url, string Source);
