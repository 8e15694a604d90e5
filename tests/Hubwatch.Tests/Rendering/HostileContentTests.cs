using System.Text;
using AngleSharp.Html.Parser;
using Hubwatch.Tests.Support;

namespace Hubwatch.Tests.Rendering;

/// <summary>
/// Fixtures/hostile puts script payloads in every field an editor can write: names, bodies, quotes,
/// aliases, notes, labels, URLs and Markdown links. The site must show them as text and run none.
/// </summary>
public sealed class HostileContentTests : IDisposable
{
    private readonly TempProject _project = TempProject.FromFixture("hostile");
    private readonly Dictionary<string, AngleSharp.Html.Dom.IHtmlDocument> _pages;

    public HostileContentTests()
    {
        var result = _project.Run("build", "--quiet");
        Assert.True(result.ExitCode == 0, result.Stderr);
        var parser = new HtmlParser();
        _pages = _project.SiteFiles()
            .Where(f => f.Key.EndsWith(".html", StringComparison.Ordinal))
            .ToDictionary(f => f.Key, f => parser.ParseDocument(Encoding.UTF8.GetString(f.Value)));
    }

    [Fact]
    public void No_page_has_a_script_other_than_the_sites_own()
    {
        foreach (var (path, page) in _pages)
        {
            foreach (var script in page.QuerySelectorAll("script"))
            {
                var src = script.GetAttribute("src") ?? "";
                Assert.True(src.StartsWith("/assets/", StringComparison.Ordinal) && src.EndsWith(".js", StringComparison.Ordinal) || script.GetAttribute("type") == "application/ld+json", $"{path}: {script.OuterHtml}");
            }
        }
    }

    [Fact]
    public void No_element_carries_an_event_handler_and_no_link_runs_code()
    {
        foreach (var (path, page) in _pages)
        {
            Assert.DoesNotContain(page.All, e => e.Attributes.Any(a => a.Name.StartsWith("on", StringComparison.OrdinalIgnoreCase)));
            foreach (var link in page.QuerySelectorAll("[href], [src]"))
            {
                var target = (link.GetAttribute("href") ?? link.GetAttribute("src") ?? "").Trim().ToLowerInvariant();
                Assert.False(target.StartsWith("javascript:", StringComparison.Ordinal) || target.StartsWith("data:", StringComparison.Ordinal), $"{path}: {link.OuterHtml}");
            }

            Assert.Empty(page.QuerySelectorAll("iframe, img, object, embed"));
            Assert.All(page.QuerySelectorAll("svg"), svg => Assert.Contains(svg.GetAttribute("class"), new[] { "chart", "map-svg" }));
        }
    }

    [Fact]
    public void Payloads_are_shown_as_text()
    {
        var hub = _pages["hubs/hanbit/index.html"];
        Assert.Contains("<script>alert(\"xa\")</script>", hub.QuerySelector("h1")!.TextContent);
        Assert.Contains("<script>alert(\"xg\")</script>", hub.QuerySelector(".prose")!.TextContent);
        Assert.Contains("{{ \"a\" | string.upcase }}", hub.QuerySelector(".prose")!.TextContent);
        Assert.Contains("\"><img src=x onerror=alert(\"xb\")>", _pages["en/hubs/hanbit/index.html"].QuerySelector("h1")!.TextContent);
        Assert.Contains("<div onclick=\"alert('xn')\">raw</div>", _pages["about/index.html"].QuerySelector("main")!.TextContent);
        Assert.Contains("</title><svg onload=alert(\"xd\")>", _pages["index.html"].Title);
    }

    public void Dispose() => _project.Dispose();
}
