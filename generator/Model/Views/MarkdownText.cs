namespace Hubwatch.Model.Views;

/// <summary>
/// Editor-written Markdown; the renderer turns it into sanitised HTML when a template writes it.
/// <see cref="HeadingOffset"/> demotes headings when the text sits under a section heading of the page.
/// </summary>
public sealed record MarkdownText(string Source, int HeadingOffset = 0);
