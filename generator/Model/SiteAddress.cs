using Hubwatch.Content;
using Hubwatch.Diagnostics;

namespace Hubwatch.Model;

/// <summary>
/// Where the site is published: the origin (<c>https://owner.github.io</c>) and the base path its pages are built
/// under (<c>/hubwatch/</c>). Absolute links (canonical, hreflang, sitemap, feeds, JSON-LD, open data) are the origin
/// followed by a page's path, so they always name the path the pages link to.
/// </summary>
public sealed record SiteAddress(string Origin, string BasePath)
{
    /// <summary>
    /// The URL is <c>--url</c>, else https:// and site.yaml's custom domain, else site.yaml's url. The base path is
    /// <c>--base-path</c>, else the path of <c>--url</c>, else / for a custom domain, else site.yaml's base_path,
    /// else the path of site.yaml's url. When the URL names a folder other than the base path, the base path is
    /// used and a warning says so.
    /// </summary>
    public static SiteAddress Resolve(SiteConfig site, string? url, string? basePath, DiagnosticBag bag)
    {
        var (address, urlFrom) = url is not null ? (url, "--url")
            : site.Domain is { } domain ? ("https://" + domain + "/", "site.yaml's domain")
            : (site.Url, "site.yaml's url");
        if (!Uri.TryCreate(address, UriKind.Absolute, out var uri) || uri.Scheme is not ("http" or "https"))
        {
            bag.Error(site.Where, $"--url must be an http or https address, not '{address}'", "e.g. --url https://owner.github.io/hubwatch/");
            uri = new Uri("https://example.invalid/");
        }

        var urlPath = UrlScheme.Normalize(uri.AbsolutePath);
        var (path, pathFrom) = basePath is not null ? (basePath, "--base-path")
            : url is not null ? (urlPath, "the path of --url")
            : site.Domain is not null ? ("/", "the custom domain")
            : site.BasePath is { } configured ? (configured, "site.yaml's base_path")
            : (urlPath, "the path of site.yaml's url");
        path = UrlScheme.Normalize(path);
        var origin = uri.GetLeftPart(UriPartial.Authority);
        if (urlPath != "/" && urlPath != path)
        {
            bag.Warning(
                site.Where,
                $"{urlFrom} {address} names the folder {urlPath}, but the base path is {path} ({pathFrom}); the site is built under {path} and its absolute links start {origin}{path}",
                "give the url and the base path the same folder, or give only one of them and the other follows it");
        }

        return new SiteAddress(origin, path);
    }

    /// <summary>The absolute URL of a path under the base path (<c>/hubwatch/funding/</c>).</summary>
    public string Absolute(string path) => Origin + path;
}
