namespace Hubwatch.Model.Views;

/// <summary>Editor-written Markdown; the renderer turns it into sanitised HTML when a template writes it.</summary>
public sealed record MarkdownText(string Source);
