using Hubwatch.Diagnostics;

namespace Hubwatch.Content;

/// <summary>A free page (about, method) in one language, written as Markdown with front matter.</summary>
public sealed record TextPage(string Id, Language Language, string Title, string Body, int BodyLine, SourceLocation Where);
