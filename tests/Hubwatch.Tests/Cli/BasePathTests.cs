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

    [Fact]
    public void The_url_option_overrides_site_yaml_and_gives_the_base_path()
    {
        using var project = SiteWith(basePath: null, domain: "", url: "https://owner.github.io/hubwatch");

        var result = project.Run("build", "--quiet", "--url", "https://fork.github.io/portal/");

        Assert.Equal((0, ""), (result.ExitCode, TempProject.WithoutHistoryWarning(result.Stderr)));
        Assert.Equal("/portal/assets/style.css", Links(project, "hubs/hanbit/index.html").Stylesheet);
        Assert.Equal("https://fork.github.io/portal/", SitemapLocations(project)[0]);
        Assert.Contains("Sitemap: https://fork.github.io/portal/sitemap.xml\n", Text(project, "robots.txt"));
        Assert.Contains("<id>https://fork.github.io/portal/feed.xml</id>", Text(project, "feed.xml"));
        Assert.Contains("\"https://fork.github.io/portal/partners/hanbit-city/\"", Text(project, "partners/hanbit-city/index.html"));
    }

    [Fact]
    public void Without_a_base_path_the_folder_of_site_yaml_url_is_used()
    {
        using var project = SiteWith(basePath: null, domain: "", url: "https://owner.github.io/hubwatch");

        var result = project.Run("build", "--quiet");

        Assert.Equal((0, ""), (result.ExitCode, TempProject.WithoutHistoryWarning(result.Stderr)));
        Assert.Equal("/hubwatch/assets/style.css", Links(project, "index.html").Stylesheet);
        Assert.Equal("https://owner.github.io/hubwatch/", SitemapLocations(project)[0]);
    }

    [Fact]
    public void A_url_and_a_base_path_that_disagree_warn_and_the_base_path_is_used_everywhere()
    {
        using var project = SiteWith(basePath: null, domain: "", url: "https://owner.github.io/hubwatch");

        var result = project.Run("build", "--quiet", "--url", "https://fork.github.io/hubwatch/", "--base-path", "/preview/");

        Assert.Equal(0, result.ExitCode);
        Assert.Equal(
            """
            content/site.yaml:1:1: warning: --url https://fork.github.io/hubwatch/ names the folder /hubwatch/, but the base path is /preview/ (--base-path); the site is built under /preview/ and its absolute links start https://fork.github.io/preview/
              hint: give the url and the base path the same folder, or give only one of them and the other follows it

            """,
            TempProject.WithoutHistoryWarning(result.Stderr));
        Assert.Equal("/preview/assets/style.css", Links(project, "index.html").Stylesheet);
        Assert.Equal("https://fork.github.io/preview/", SitemapLocations(project)[0]);
        Assert.Equal("https://fork.github.io/preview/funding/", Canonical(project, "funding/index.html"));
    }

    [Fact]
    public void Every_page_has_absolute_canonical_and_hreflang_links_to_itself_and_its_twin()
    {
        using var project = SiteWith(basePath: null, domain: "", url: "https://owner.github.io/hubwatch");
        Assert.Equal(0, project.Run("build", "--quiet", "--url", "https://fork.github.io/portal").ExitCode);

        var pages = project.SiteFiles().Keys.Where(f => f.EndsWith(".html", StringComparison.Ordinal) && f != "404.html").ToList();
        Assert.True(pages.Count > 20, $"only {pages.Count} pages");
        foreach (var page in pages)
        {
            var document = new HtmlParser().ParseDocument(Text(project, page));
            var english = page.StartsWith("en/", StringComparison.Ordinal);
            var korean = "https://fork.github.io/portal/" + (english ? page[3..] : page)[..^"index.html".Length];
            var inEnglish = korean.Replace("/portal/", "/portal/en/", StringComparison.Ordinal);
            var alternates = document.QuerySelectorAll("link[rel=alternate][hreflang]").ToDictionary(l => l.GetAttribute("hreflang")!, l => l.GetAttribute("href")!);

            Assert.Equal(english ? inEnglish : korean, Canonical(document));
            Assert.Equal(new Dictionary<string, string> { ["ko"] = korean, ["en"] = inEnglish, ["x-default"] = korean }, alternates);
        }
    }

    private static string? Canonical(TempProject project, string page) => Canonical(new HtmlParser().ParseDocument(Text(project, page)));

    private static string? Canonical(AngleSharp.Dom.IDocument document) => document.QuerySelector("link[rel=canonical]")?.GetAttribute("href");

    private static TempProject SiteWith(string? basePath, string domain, string url)
    {
        var project = TempProject.FromBase();
        var site = File.ReadAllLines(Path.Combine(project.Content, "site.yaml"))
            .Where(line => basePath is not null || !line.StartsWith("base_path:", StringComparison.Ordinal))
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
