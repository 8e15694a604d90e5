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
    SourceLocation Where)
{
    /// <summary>The GitHub repository the content is kept in (<c>https://github.com/owner/name</c>), for links to commits; "" for none.</summary>
    public string Repository { get; init; } = "";
}
