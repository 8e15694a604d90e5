namespace Hubwatch.Model.Views;

/// <summary>
/// Editor-written Markdown; the renderer turns it into sanitised HTML when a template writes it.
/// <see cref="HeadingOffset"/> demotes headings when the text sits under a section heading of the page;
/// <see cref="MarkKorean"/> marks the Korean in an English text (a quoted term, a name's gloss) as Korean, so a
/// screen reader reads it in Korean.
/// </summary>
public sealed record MarkdownText(string Source, int HeadingOffset = 0, bool MarkKorean = false);
