using System.Text;
using System.Xml.Linq;
using AngleSharp.Html.Parser;
using Hubwatch.Tests.Support;

namespace Hubwatch.Tests.Cli;

/// <summary>
/// Which base path a build uses: a custom domain in site.yaml serves the site at <c>/</c> (what the Pages
/// workflow relies on), otherwise site.yaml's base_path; <c>--base-path</c> overrides both. Absolute URLs in the
/// sitemap and robots.txt carry the base path exactly once.
/// </summary>
public sealed class BasePathTests
{
    [Fact]
    public void A_custom_domain_in_site_yaml_serves_the_site_at_the_root()
    {
        using var project = SiteWith(basePath: "/hubwatch/", domain: "hubwatch.example.kr", url: "https://owner.github.io/hubwatch");

        Assert.Equal(0, project.Run("build", "--quiet").ExitCode);

        var (hrefs, stylesheet) = Links(project, "hubs/hanbit/index.html");
        Assert.Equal("/assets/style.css", stylesheet);
        Assert.Contains("/hubs/", hrefs);
        Assert.DoesNotContain(hrefs, h => h.StartsWith("/hubwatch/", StringComparison.Ordinal));
        Assert.Equal("https://hubwatch.example.kr/", SitemapLocations(project)[0]);
        Assert.Contains("Sitemap: https://hubwatch.example.kr/sitemap.xml\n", Text(project, "robots.txt"));
        // The 404 page is served at any depth, so its links are absolute from the root too.
        Assert.Equal("/assets/style.css", Links(project, "404.html").Stylesheet);
    }

    [Fact]
    public void Without_a_domain_the_base_path_of_site_yaml_is_used_and_named_once_in_absolute_urls()
    {
        using var project = SiteWith(basePath: "/hubwatch/", domain: "", url: "https://owner.github.io/hubwatch");

        Assert.Equal(0, project.Run("build", "--quiet").ExitCode);

        var (hrefs, stylesheet) = Links(project, "hubs/hanbit/index.html");
        Assert.Equal("/hubwatch/assets/style.css", stylesheet);
        Assert.All(hrefs.Where(h => h.StartsWith('/')), h => Assert.StartsWith("/hubwatch/", h));
        Assert.Equal("https://owner.github.io/hubwatch/", SitemapLocations(project)[0]);
        Assert.Contains("https://owner.github.io/hubwatch/en/hubs/hanbit/", SitemapLocations(project));
        Assert.Contains("Sitemap: https://owner.github.io/hubwatch/sitemap.xml\n", Text(project, "robots.txt"));
    }

    [Fact]
    public void The_command_line_base_path_wins_over_a_domain()
    {
        using var project = SiteWith(basePath: "/", domain: "hubwatch.example.kr", url: "https://hubwatch.example.kr");

        Assert.Equal(0, project.Run("build", "--quiet", "--base-path", "/preview/").ExitCode);

        Assert.Equal("/preview/assets/style.css", Links(project, "index.html").Stylesheet);
        Assert.Equal("https://hubwatch.example.kr/preview/", SitemapLocations(project)[0]);
    }

    private static TempProject SiteWith(string basePath, string domain, string url)
    {
        var project = TempProject.FromBase();
        var site = File.ReadAllLines(Path.Combine(project.Content, "site.yaml"))
            .Select(line => line.Split(':')[0] switch
            {
                "base_path" => $"base_path: {basePath}",
                "domain" => $"domain: \"{domain}\"",
                "url" => $"url: {url}",
                _ => line,
            });
        project.Write("content/site.yaml", string.Join('\n', site) + "\n");
        return project;
    }

    private static (List<string> Hrefs, string? Stylesheet) Links(TempProject project, string page)
    {
        var document = new HtmlParser().ParseDocument(Text(project, page));
        return (document.QuerySelectorAll("a[href]").Select(a => a.GetAttribute("href")!).ToList(),
                document.QuerySelector("link[rel=stylesheet]")?.GetAttribute("href"));
    }

    private static List<string> SitemapLocations(TempProject project)
    {
        XNamespace ns = "http://www.sitemaps.org/schemas/sitemap/0.9";
        return XDocument.Parse(Text(project, "sitemap.xml")).Descendants(ns + "loc").Select(l => l.Value).ToList();
    }

    private static string Text(TempProject project, string path) => Encoding.UTF8.GetString(project.SiteFiles()[path]);
}
