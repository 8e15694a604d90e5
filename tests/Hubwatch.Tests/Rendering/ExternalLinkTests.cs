using System.Text;
using AngleSharp.Html.Parser;
using Hubwatch.Tests.Support;

namespace Hubwatch.Tests.Rendering;

/// <summary>A link that leaves the portal, from a page's Markdown or a source's original address, opens without access to the portal.</summary>
public sealed class ExternalLinkTests
{
    [Fact]
    public void Every_link_to_another_site_carries_noopener()
    {
        using var project = TempProject.FromBase();
        project.Write("content/pages/about.en.md", "---\ntitle: About\n---\nSee [the ministry](https://www.msit.go.kr/) and <https://example.org/report>, or [the hub](/en/hubs/hanbit/).\n");
        project.Write("seeds/100_fixture.yaml", File.ReadAllText(Path.Combine(Repo.Fixtures, "base", "seeds", "100_fixture.yaml")) + "url: https://news.example.org/hanbit\n");

        var result = project.Run("build", "--quiet");

        Assert.True(result.ExitCode == 0, result.Stderr);
        var parser = new HtmlParser();
        var external = project.SiteFiles()
            .Where(f => f.Key.EndsWith(".html", StringComparison.Ordinal))
            .SelectMany(f => parser.ParseDocument(Encoding.UTF8.GetString(f.Value)).QuerySelectorAll("a[href^='http']").Select(a => (Page: f.Key, Href: a.GetAttribute("href")!, Rel: a.GetAttribute("rel") ?? "")))
            .ToList();
        Assert.Contains(external, l => l.Href == "https://www.msit.go.kr/" && l.Page == "en/about/index.html");
        Assert.Contains(external, l => l.Href == "https://example.org/report");
        Assert.Contains(external, l => l.Href == "https://news.example.org/hanbit" && l.Page == "sources/100_fixture/index.html");
        Assert.All(external, l => Assert.Contains("noopener", l.Rel.Split(' ')));
    }
}
