using Hubwatch.Diagnostics;

namespace Hubwatch.Content;

/// <summary>A free page (about, method) in one language, written as Markdown with front matter.</summary>
public sealed record TextPage(string Id, Language Language, string Title, string Body, int BodyLine, SourceLocation Where)
{
    /// <summary>Set on a Korean page whose English twin is not written yet; the English edition then shows the Korean page and says so.</summary>
    public bool IsTranslationPending { get; init; }
}
