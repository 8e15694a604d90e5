using System.Text.RegularExpressions;
using Hubwatch.Tests.Support;

namespace Hubwatch.Tests.Rendering;

/// <summary>
/// A reader who shortens an address (<c>funding/hub/jeonju/</c> to <c>funding/hub/</c>, an agreement's to
/// <c>agreements/</c>) lands on a page that lists what is under it, not on the page not found.
/// </summary>
[Collection(PortalCollection.Name)]
public sealed partial class FolderPagesTests(PortalFixture portal)
{
    private const string Base = PortalFixture.BasePath;

    [Theory]
    [InlineData("", "거점별 재원")]
    [InlineData("en/", "Funding by hub")]
    public void A_dimensions_page_lists_every_facet_of_it_with_as_many_figures_as_the_facet_lists(string lang, string hubTitle)
    {
        Assert.Equal(hubTitle, portal.Page(lang + "funding/hub/index.html").QuerySelector("h1")!.TextContent);
        foreach (var dimension in new[] { "hub", "funder-kind", "status", "year" })
        {
            var folder = lang + "funding/" + dimension + "/";
            var facets = portal.Pages.Keys
                .Where(k => k.StartsWith(folder, StringComparison.Ordinal) && k.Count(c => c == '/') == folder.Count(c => c == '/') + 1)
                .Select(k => Base + k[..^"index.html".Length])
                .ToHashSet();
            Assert.NotEmpty(facets);

            var chips = portal.Page(folder + "index.html").QuerySelectorAll("main ul.chips a").ToList();
            Assert.Equal(facets, chips.Select(a => a.GetAttribute("href")!).ToHashSet());
            foreach (var chip in chips)
            {
                var page = portal.Page(chip.GetAttribute("href")![Base.Length..] + "index.html");
                Assert.Equal(int.Parse(Count().Match(chip.TextContent).Groups[1].Value), page.QuerySelectorAll("ol.compact-list > li").Length);
                // The facet's way back leads up to its dimension, and the overview's heading of the dimension to the same page.
                Assert.Equal(Base + folder, page.QuerySelectorAll("nav.crumbs a").Last().GetAttribute("href"));
            }

            Assert.Contains(Base + folder, portal.Page(lang + "funding/index.html").QuerySelectorAll("section.facets h3 > a").Select(a => a.GetAttribute("href")));
        }
    }

    [Theory]
    [InlineData("", "협약과 행사 15건은 연표에 날짜순으로 모두 있습니다.")]
    [InlineData("en/", "All 15 agreements and events are on the timeline, in date order.")]
    public void The_agreements_folder_leads_to_the_timeline_and_to_each_hubs_agreements_with_their_number(string lang, string lead)
    {
        var page = portal.Page(lang + "agreements/index.html");
        Assert.StartsWith(lead, page.QuerySelector("main p.lead")!.TextContent);
        Assert.Equal(Base + lang + "timeline/", page.QuerySelector("main p.list-links a")!.GetAttribute("href"));

        var hubs = page.QuerySelectorAll("main ul.link-list a").ToList();
        Assert.Equal(6, hubs.Count);
        foreach (var link in hubs)
        {
            var href = link.GetAttribute("href")!;
            Assert.EndsWith("/#timeline-heading", href);
            var hub = portal.Page(href[Base.Length..href.IndexOf('#')] + "index.html");
            var events = hub.QuerySelectorAll("section[aria-labelledby='timeline-heading'] article.event").Length;
            Assert.Equal(int.Parse(Count().Match(link.TextContent).Groups[1].Value), events);
        }

        Assert.Contains("(5", hubs.Single(a => a.GetAttribute("href")!.Contains("/hubs/jeonju/", StringComparison.Ordinal)).TextContent);
    }

    [GeneratedRegex(@"\((\d+)건?\)$")]
    private static partial Regex Count();
}
