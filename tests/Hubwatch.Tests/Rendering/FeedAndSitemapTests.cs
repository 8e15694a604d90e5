using System.Text;
using System.Xml.Linq;
using Hubwatch.Cli;
using Hubwatch.History;
using Hubwatch.Rendering;
using Hubwatch.Tests.Support;

namespace Hubwatch.Tests.Rendering;

/// <summary>The Atom feeds and the sitemap: well-formed XML, every expected entry, absolute links that resolve on the site.</summary>
[Collection(PortalCollection.Name)]
public sealed class FeedAndSitemapTests(PortalFixture portal)
{
    private static readonly XNamespace Atom = "http://www.w3.org/2005/Atom";
    private static readonly XNamespace Sitemap = "http://www.sitemaps.org/schemas/sitemap/0.9";
    private static readonly XNamespace Xml = XNamespace.Xml;

    [Theory]
    [InlineData("data/index.html")]
    [InlineData("en/data/index.html")]
    public void The_data_page_names_each_feed_in_its_own_language_and_says_which(string path)
    {
        var links = portal.Page(path).QuerySelectorAll("a[type='application/atom+xml']")
            .Select(a => (Href: a.GetAttribute("href")!, Lang: a.GetAttribute("lang"), HrefLang: a.GetAttribute("hreflang"), Text: a.TextContent))
            .ToArray();
        Assert.Equal([(PortalFixture.BasePath + "feed.xml", "ko"), (PortalFixture.BasePath + "en/feed.xml", "en")], links.Select(l => (l.Href, l.Lang!)));
        Assert.All(links, l => Assert.Equal(l.Lang, l.HrefLang));
        Assert.Equal("ko", XDocument.Parse(portal.Text("feed.xml")).Root!.Attribute(Xml + "lang")!.Value);
        Assert.Matches("[가-힣]", links[0].Text);
    }

    [Theory]
    [InlineData("feed.xml", "ko", "timeline/index.html")]
    [InlineData("en/feed.xml", "en", "en/timeline/index.html")]
    public void Each_feed_lists_every_agreement_newest_first_linking_to_its_page(string path, string lang, string timelinePath)
    {
        var feed = XDocument.Parse(portal.Text(path)).Root!;
        Assert.Equal(Atom + "feed", feed.Name);
        Assert.Equal(lang, feed.Attribute(Xml + "lang")!.Value);
        Assert.EndsWith(PortalFixture.BasePath + path, SelfLink(feed));

        var entries = feed.Elements(Atom + "entry").ToList();
        var timeline = portal.Page(timelinePath);
        Assert.Equal(timeline.QuerySelectorAll("article.event").Length, entries.Count);
        Assert.Equal(15, entries.Count);

        var dates = entries.Select(e => DateTimeOffset.Parse(e.Element(Atom + "updated")!.Value)).ToList();
        Assert.Equal(dates.OrderByDescending(d => d), dates);
        Assert.Equal(dates[0], DateTimeOffset.Parse(feed.Element(Atom + "updated")!.Value));

        foreach (var entry in entries)
        {
            var href = entry.Element(Atom + "link")!.Attribute("href")!.Value;
            Assert.Equal(href, entry.Element(Atom + "id")!.Value);
            var record = portal.Page(ToPath(href));
            Assert.Equal(record.QuerySelector("h1")!.ChildNodes[0].TextContent.Trim(), entry.Element(Atom + "title")!.Value);
            Assert.StartsWith(record.QuerySelector(".kicker time")!.GetAttribute("datetime")!, entry.Element(Atom + "published")!.Value);
            Assert.NotEmpty(entry.Element(Atom + "summary")!.Value);

            // The timeline shows the same event, its title linking to the same page.
            var id = href.TrimEnd('/')[(href.TrimEnd('/').LastIndexOf('/') + 1)..];
            Assert.Equal(new Uri(href).AbsolutePath, timeline.GetElementById("a-" + id)!.QuerySelector("h3 a")!.GetAttribute("href"));
        }

        var mou = entries.Single(e => e.Element(Atom + "id")!.Value.EndsWith("/agreements/jeonbuk-digital-finance-mou-2023/", StringComparison.Ordinal));
        Assert.Equal("2023-11-20T00:00:00+09:00", mou.Element(Atom + "updated")!.Value);
        Assert.Equal("mou", mou.Element(Atom + "category")!.Attribute("term")!.Value);
    }

    [Fact]
    public void Every_page_links_the_feed_of_its_language()
    {
        foreach (var (path, page) in portal.Pages.Where(p => p.Key != "404.html"))
        {
            var feed = page.QuerySelector("link[rel=alternate][type='application/atom+xml']")?.GetAttribute("href");
            Assert.Equal(PortalFixture.BasePath + (path.StartsWith("en/", StringComparison.Ordinal) ? "en/" : "") + "feed.xml", feed);
        }
    }

    [Fact]
    public void The_sitemap_lists_every_page_and_each_page_names_its_twin_in_the_other_language()
    {
        var sitemap = XDocument.Parse(portal.Text("sitemap.xml")).Root!;
        var urls = sitemap.Elements(Sitemap + "url").ToList();
        var locations = urls.Select(u => ToPath(u.Element(Sitemap + "loc")!.Value)).ToHashSet();
        var pages = portal.Pages.Keys.Where(p => p != "404.html").ToHashSet();
        Assert.Equal(pages.Order(), locations.Order());
        Assert.Contains("search/index.html", locations);
        Assert.Contains("en/search/index.html", locations);
        Assert.Contains("data/index.html", locations);
        Assert.Contains("en/data/index.html", locations);

        // The twins are named by the pages themselves, not repeated in the sitemap.
        Assert.DoesNotContain(urls.SelectMany(u => u.Elements()), e => e.Name.LocalName == "link");
        foreach (var path in locations)
        {
            var alternates = portal.Pages[path].QuerySelectorAll("link[rel=alternate][hreflang]")
                .ToDictionary(l => l.GetAttribute("hreflang")!, l => ToPath(l.GetAttribute("href")!));
            Assert.Equal(["en", "ko", "x-default"], alternates.Keys.Order(StringComparer.Ordinal));
            Assert.Equal(path, alternates[path.StartsWith("en/", StringComparison.Ordinal) ? "en" : "ko"]);
            Assert.All(alternates.Values, twin => Assert.Contains(twin, pages));
        }
    }

    [Fact]
    public void More_pages_than_one_sitemap_may_list_go_into_parts_listed_by_a_sitemap_index()
    {
        var settings = new BuildSettings { ContentDir = Repo.Content, TemplatesDir = Repo.Templates, IsQuiet = true };
        using var progress = new Progress(TextWriter.Null, isQuiet: true, isVerbose: false);
        var (plan, _) = new BuildPipeline(settings, progress).Plan();
        var when = new DateTimeOffset(2026, 3, 4, 5, 6, 7, TimeSpan.Zero);
        var pages = plan!.Pages.Select((p, i) => (p.Route, p.Language, i == 150 ? new CommitInfo("abc1234", when, 1) : (CommitInfo?)null)).ToArray();
        Assert.InRange(pages.Length, 201, 300);

        var files = SitemapWriter.Plan(plan.Site, pages.Length, () => pages, urlsPerFile: 100).ToDictionary(f => f.Path, f => XDocument.Parse(Encoding.UTF8.GetString(OutputFile.Bytes(f.Write))).Root!);
        Assert.Equal(["sitemap.xml", "sitemaps/1.xml", "sitemaps/2.xml", "sitemaps/3.xml"], files.Keys.Order(StringComparer.Ordinal));

        var index = files["sitemap.xml"];
        Assert.Equal(Sitemap + "sitemapindex", index.Name);
        var parts = index.Elements(Sitemap + "sitemap").ToList();
        Assert.Equal(
            ["https://hubwatch.github.io/hubwatch/sitemaps/1.xml", "https://hubwatch.github.io/hubwatch/sitemaps/2.xml", "https://hubwatch.github.io/hubwatch/sitemaps/3.xml"],
            parts.Select(p => p.Element(Sitemap + "loc")!.Value));
        // Only the part that lists the one changed page says when it last changed.
        var changed = plan.Site.Absolute(plan.Site.Urls.Page(pages[150].Route, pages[150].Language));
        var holding = files.Single(f => f.Key != "sitemap.xml" && f.Value.Elements(Sitemap + "url").Any(u => u.Element(Sitemap + "loc")!.Value == changed)).Key;
        Assert.Equal(
            parts.Select(p => p.Element(Sitemap + "loc")!.Value.EndsWith("/" + holding, StringComparison.Ordinal) ? "2026-03-04T14:06:07+09:00" : null),
            parts.Select(p => p.Element(Sitemap + "lastmod")?.Value));
        Assert.Single(parts, p => p.Element(Sitemap + "lastmod") is not null);

        // The parts list every page once, at most 100 to a file.
        var urls = files.Where(f => f.Key != "sitemap.xml").Select(f => f.Value.Elements(Sitemap + "url").ToList()).ToList();
        Assert.All(urls, u => Assert.InRange(u.Count, 1, 100));
        var locations = urls.SelectMany(u => u).Select(u => u.Element(Sitemap + "loc")!.Value).ToList();
        Assert.Equal(pages.Length, locations.Distinct().Count());
        Assert.Equal(
            pages.Select(p => plan.Site.Absolute(plan.Site.Urls.Page(p.Route, p.Language))).Order(StringComparer.Ordinal),
            locations.Order(StringComparer.Ordinal));
    }

    [Fact]
    public void Absolute_urls_keep_a_project_folder_once_when_the_site_url_already_names_it()
    {
        using var project = TempProject.FromBase();
        var site = Path.Combine(project.Content, "site.yaml");
        File.WriteAllText(site, File.ReadAllText(site).Replace("url: https://example.org", "url: https://example.org/hubwatch"));
        Assert.Equal(0, project.Run("build", "--quiet", "--base-path", "/hubwatch/").ExitCode);

        var feed = XDocument.Parse(System.Text.Encoding.UTF8.GetString(project.SiteFiles()["feed.xml"])).Root!;
        Assert.Equal("https://example.org/hubwatch/feed.xml", SelfLink(feed));
        Assert.Equal("https://example.org/hubwatch/agreements/hanbit-mou-2024/", feed.Element(Atom + "entry")!.Element(Atom + "id")!.Value);
    }

    private static string SelfLink(XElement feed) =>
        feed.Elements(Atom + "link").Single(l => l.Attribute("rel")!.Value == "self").Attribute("href")!.Value;

    /// <summary>The file under site/ an absolute URL of the portal points to.</summary>
    private static string ToPath(string absolute)
    {
        var path = new Uri(absolute).AbsolutePath;
        path = path[(path.IndexOf(PortalFixture.BasePath, StringComparison.Ordinal) + PortalFixture.BasePath.Length)..];
        return path.Length == 0 || path.EndsWith('/') ? path + "index.html" : path;
    }
}
