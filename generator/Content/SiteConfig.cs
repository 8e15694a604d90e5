using Hubwatch.Diagnostics;

namespace Hubwatch.Content;

/// <summary>Portal-wide settings from <c>content/site.yaml</c>.</summary>
public sealed record SiteConfig(
    LocalizedText Title,
    LocalizedText Tagline,
    string? BasePath,
    string? Domain,
    string Url,
    LocalizedText Licence,
    LocalizedText Intro,
    SourceLocation Where);
