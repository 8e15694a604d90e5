using Hubwatch.Content;

namespace Hubwatch.Model;

/// <summary>
/// Turns routes into URLs under the configured base path (<c>/</c> for a custom domain,
/// <c>/repository/</c> for a GitHub Pages project site) and into output file paths.
/// Korean lives at the root, English under <c>en/</c>.
/// </summary>
public sealed class UrlScheme
{
    public UrlScheme(string basePath, string origin = "https://example.invalid")
    {
        BasePath = Normalize(basePath);
        Origin = origin.TrimEnd('/');
    }

    public UrlScheme(SiteAddress address)
        : this(address.BasePath, address.Origin)
    {
    }

    public string BasePath { get; }

    /// <summary>Scheme and host the site is published on (<c>https://owner.github.io</c>), for absolute links.</summary>
    public string Origin { get; }

    /// <summary>The absolute URL of a path this scheme made: <c>/hubwatch/funding/</c> → <c>https://owner.github.io/hubwatch/funding/</c>.</summary>
    public string Absolute(string path) => Origin + path;

    /// <summary>Makes a base path start and end with a single slash: <c>portal</c> → <c>/portal/</c>.</summary>
    public static string Normalize(string basePath)
    {
        var trimmed = basePath.Trim().Trim('/');
        return trimmed.Length == 0 ? "/" : "/" + trimmed + "/";
    }

    public static string LanguagePrefix(Language language) => language == Language.Ko ? "" : "en/";

    public string Page(string route, Language language) => BasePath + LanguagePrefix(language) + route;

    public string Asset(string name) => BasePath + "assets/" + name;

    public string Root(string file) => BasePath + file;

    /// <summary>The file a route is written to: a folder with <c>index.html</c>, so URLs end in a slash.</summary>
    public static string OutputPath(string route, Language language) => LanguagePrefix(language) + route + "index.html";
}
