using System.Text.RegularExpressions;
using Hubwatch.Tests.Support;

namespace Hubwatch.Tests.Rendering;

/// <summary>
/// A hub's, programme's or organisation's page can be long on a phone (Jeonju's is some 28,000 px at 390 px in
/// English), so one of four sections or more opens with its own contents: a link to each section, in the page's order,
/// named as the section is.
/// </summary>
[Collection(PortalCollection.Name)]
public sealed partial class PageContentsTests(PortalFixture portal)
{
    [Fact]
    public void A_pages_contents_links_every_section_of_the_page_in_order_and_nothing_else()
    {
        var withContents = portal.Pages.Where(p => p.Value.QuerySelector("main nav.page-toc") is not null).ToList();
        Assert.Equal(12, withContents.Count(p => HubPage().IsMatch(p.Key)));
        foreach (var (path, page) in withContents)
        {
            var links = page.QuerySelectorAll("main nav.page-toc a")
                .Select(a => (Target: a.GetAttribute("href")!, Text: a.TextContent.Trim()))
                .ToList();
            var sections = Sections(page);
            Assert.Equal(sections.Select(s => s.Target), links.Select(l => l.Target));
            foreach (var (link, section) in links.Zip(sections))
            {
                // A heading may say more, "Organisations (19)", "Funding it provides, alone or with others"; the link is its name.
                Assert.True(section.Text.Contains(link.Text, StringComparison.Ordinal), $"{path}: '{link.Text}' jumps to '{section.Text}'");
            }
        }
    }

    [Fact]
    public void A_record_page_has_contents_when_it_has_four_sections_or_more()
    {
        var pages = portal.Pages.Where(p => RecordPage().IsMatch(p.Key)).ToList();
        Assert.Equal(2 * (6 + 11 + 37), pages.Count);
        foreach (var (path, page) in pages)
        {
            Assert.True(
                Sections(page).Count >= 4 == (page.QuerySelector("main nav.page-toc") is not null),
                $"{path}: {Sections(page).Count} sections");
        }
        Assert.Contains(pages, p => p.Value.QuerySelector("main nav.page-toc") is null);
    }

    [Fact]
    public void A_list_of_more_than_ten_sources_is_folded_behind_its_heading_and_its_count()
    {
        var folded = 0;
        var open = 0;
        foreach (var (path, page) in portal.Pages)
        {
            var entries = page.QuerySelectorAll("section.page-sources ol > li").Length;
            if (entries == 0)
            {
                continue;
            }

            var summary = page.QuerySelector("section.page-sources > details:not([open]) > summary > h2#page-sources-heading");
            Assert.True(entries > 10 == summary is not null, $"{path}: {entries} sources, folded: {summary is not null}");
            if (summary is not null)
            {
                folded++;
                Assert.EndsWith($" ({entries})", summary.TextContent, StringComparison.Ordinal);
            }
            else
            {
                open++;
                Assert.NotNull(page.QuerySelector("section.page-sources > h2#page-sources-heading ~ ol"));
            }

            // The passages are quoted in Korean, with the editors' translation under each: an English page says so above
            // them, a Korean page has no need to.
            var said = page.QuerySelector("section.page-sources p.quotes-language")?.TextContent;
            Assert.Equal(
                path.StartsWith("en/", StringComparison.Ordinal)
                    ? "Each passage is quoted in Korean, as its source wrote it, with the editors' English translation beneath it. Where the two seem to differ, the Korean is what the source says."
                    : null,
                said);
        }

        Assert.True(folded > 0 && open > 0, $"{folded} folded, {open} open");
        Assert.Equal("Sources on this page (55)", portal.Page("en/hubs/jeonju/index.html").QuerySelector("summary > h2")!.TextContent);
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

    private static List<(string Target, string Text)> Sections(AngleSharp.Html.Dom.IHtmlDocument page) =>
        [.. page.QuerySelectorAll("main h2[id]").Select(h => (Target: "#" + h.Id, Text: h.TextContent.Trim()))];

    [GeneratedRegex(@"^(en/)?hubs/[a-z0-9-]+/index\.html$")]
    private static partial Regex HubPage();

    [GeneratedRegex(@"^(en/)?(hubs|programs|partners)/(?!by-name/)[a-z0-9-]+/index\.html$")]
    private static partial Regex RecordPage();
}
