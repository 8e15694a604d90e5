using System.Text.RegularExpressions;
using Hubwatch.Tests.Support;

namespace Hubwatch.Tests.Rendering;

/// <summary>
/// A hub's page is the longest a reader scrolls on a phone (some 28,000 px at 390 px for Jeonju in English), so it
/// opens with its own contents: one link to each of its sections, in the page's order, named as the section is.
/// </summary>
[Collection(PortalCollection.Name)]
public sealed partial class PageContentsTests(PortalFixture portal)
{
    [Fact]
    public void A_hubs_contents_links_every_section_of_its_page_in_order_and_nothing_else()
    {
        var hubPages = portal.Pages.Keys.Where(p => HubPage().IsMatch(p)).ToList();
        Assert.Equal(12, hubPages.Count);
        foreach (var path in hubPages)
        {
            var page = portal.Page(path);
            var links = page.QuerySelectorAll("main nav.page-toc a")
                .Select(a => (Target: a.GetAttribute("href")!, Text: a.TextContent.Trim()))
                .ToList();
            var sections = page.QuerySelectorAll("main h2[id]")
                .Select(h => (Target: "#" + h.Id, Text: h.TextContent.Trim()))
                .ToList();
            Assert.Equal(sections.Select(s => s.Target), links.Select(l => l.Target));
            foreach (var (link, section) in links.Zip(sections))
            {
                // A heading may add a count, "Organisations (19)"; the link gives the name alone.
                Assert.True(section.Text.StartsWith(link.Text, StringComparison.Ordinal), $"{path}: '{link.Text}' jumps to '{section.Text}'");
            }
        }
    }

    /// <summary>The portal built here has no git history; <c>GitHistoryTests</c> checks the link to a page's changes.</summary>
    [Fact]
    public void A_hubs_contents_is_labelled_and_names_its_sections_in_each_language()
    {
        var jeonju = portal.Page("en/hubs/jeonju/index.html");
        Assert.Equal(
            ["Key figures", "Overview", "Programmes", "Funding", "Agreements and events", "Organisations", "Sources on this page"],
            jeonju.QuerySelectorAll("main nav.page-toc a").Select(a => a.TextContent.Trim()));
        Assert.Equal("On this page", jeonju.QuerySelector("main nav.page-toc .toc-label")!.TextContent);
        Assert.Equal("toc-label", jeonju.QuerySelector("main nav.page-toc")!.GetAttribute("aria-labelledby"));
        Assert.Equal("이 페이지에서", portal.Page("hubs/jeonju/index.html").QuerySelector("main nav.page-toc .toc-label")!.TextContent);
    }

    [GeneratedRegex(@"^(en/)?hubs/[a-z0-9-]+/index\.html$")]
    private static partial Regex HubPage();
}
