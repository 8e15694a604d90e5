using System.Globalization;
using Hubwatch.Tests.Support;

namespace Hubwatch.Tests.Model;

/// <summary>Pins the portal's corpus: how many records there are and what the totals are, as the pages show them.</summary>
[Collection(PortalCollection.Name)]
public sealed class CorpusTests(PortalFixture portal)
{
    [Fact]
    public void The_corpus_has_the_records_the_sources_state()
    {
        int Pages(string prefix) => portal.Pages.Keys.Count(k => k.StartsWith(prefix, StringComparison.Ordinal) && k.Count(c => c == '/') == prefix.Count(c => c == '/') + 1);
        Assert.Equal(6, Pages("hubs/"));
        Assert.Equal(11, Pages("programs/"));
        // 37 organisations and the index sorted by name (partners/by-name/).
        Assert.Equal(38, Pages("partners/"));
        Assert.Equal(5, Pages("sources/"));
        // A page of its own for each funding figure and each agreement or event, the list of every figure (funding/all/),
        // and a page for each way of browsing funding that has a facet (hub, funder kind, status, year).
        Assert.Equal(8 + 1 + 4, Pages("funding/"));
        Assert.Equal(15, Pages("agreements/"));
        Assert.Equal(15 + 8 + 1 + 4, Pages("en/agreements/") + Pages("en/funding/"));
        Assert.Equal(15, portal.Page("timeline/index.html").QuerySelectorAll("article.event").Length);
        // Seven figures and the part of the Jeonju plan's budget its table lists as already invested, on the list of
        // every figure; the overview shows the largest figures that are not part of another: the six there are.
        Assert.Equal(8, portal.Page("funding/all/index.html").QuerySelectorAll("ol.compact-list > li").Length);
        Assert.Equal(6, portal.Page("funding/index.html").QuerySelectorAll("ol.largest-list > li").Length);
    }

    [Fact]
    public void The_funding_index_totals_are_the_sum_of_the_sources_with_no_part_counted_twice()
    {
        var page = portal.Page("funding/index.html");
        var grand = page.QuerySelector(".grand-total data")!.GetAttribute("value");
        Assert.Equal("1231710000000", grand);

        Assert.Equal(
            new Dictionary<string, long>
            {
                ["전주·전북혁신도시"] = 1_178_410_000_000,
                // The hydrogen pilot city is Jeonju's and Wanju's together: counted once, under the pair.
                ["전주·전북혁신도시 · 완주군 (함께, 한 번만 셈)"] = 32_000_000_000,
                ["광주경제자유구역"] = 15_000_000_000,
                ["오창 과학산업단지 · 창원 디지털 혁신밸리 (함께, 한 번만 셈)"] = 6_300_000_000,
            },
            TotalsTable(page, 0));
        Assert.Equal(
            new Dictionary<string, long>
            {
                // 63억 of the digital hubs and the 145억 national part of the hydrogen city.
                ["국비"] = 20_800_000_000,
                ["시비"] = 1_410_000_000,
                ["민간"] = 1_000_000_000_000,
                ["외국 투자"] = 15_000_000_000,
                // The carbon complex's 1,770억 and the 175억 of the hydrogen city the source does not attribute.
                ["재원 미상"] = 194_500_000_000,
            },
            TotalsTable(page, 1));
    }

    [Fact]
    public void The_jeonju_budget_table_is_read_year_by_year_and_adds_up()
    {
        var page = portal.Page("hubs/jeonju/index.html");
        // The hub's totals: by place (its own and shared), by funder kind, then by year.
        var years = TotalsTable(page, 2);
        Assert.Equal(240_000_000, years["기투자 (시기 미기재)"]);
        Assert.Equal(230_000_000, years["2022년"]);
        Assert.Equal(240_000_000, years["2023년"]);
        Assert.Equal(230_000_000, years["2024년"]);
        Assert.Equal(240_000_000, years["2025년"]);
        Assert.Equal(230_000_000, years["2026년"]);
        Assert.Equal(1_410_000_000, years.Values.Sum());
    }

    [Fact]
    public void The_jeonbuk_mou_lists_all_fifteen_organisations()
    {
        var mou = portal.Page("timeline/index.html").GetElementById("a-jeonbuk-digital-finance-mou-2023")!;
        Assert.Equal(15, mou.QuerySelectorAll(".parties li").Length);
    }

    [Fact]
    public void Every_partner_page_links_to_each_of_its_hubs_and_each_hub_links_back()
    {
        foreach (var (path, page) in portal.Pages.Where(p => p.Key.StartsWith("partners/", StringComparison.Ordinal) && p.Key != "partners/index.html"))
        {
            var partnerUrl = PortalFixture.BasePath + path[..^"index.html".Length];
            var hubLinks = page.QuerySelectorAll("section[aria-labelledby=hubs-heading] a").Select(a => a.GetAttribute("href")!).ToList();
            foreach (var hubUrl in hubLinks)
            {
                var hubPage = portal.Page(hubUrl[PortalFixture.BasePath.Length..] + "index.html");
                Assert.Contains(hubPage.QuerySelectorAll("a"), a => a.GetAttribute("href") == partnerUrl);
            }
        }

        foreach (var (path, page) in portal.Pages.Where(p => p.Key.StartsWith("hubs/", StringComparison.Ordinal) && p.Key != "hubs/index.html"))
        {
            var hubUrl = PortalFixture.BasePath + path[..^"index.html".Length];
            foreach (var partnerUrl in page.QuerySelectorAll("section[aria-labelledby=partners-heading] a").Select(a => a.GetAttribute("href")!))
            {
                var partnerPage = portal.Page(partnerUrl[PortalFixture.BasePath.Length..] + "index.html");
                Assert.Contains(partnerPage.QuerySelectorAll("section[aria-labelledby=hubs-heading] a"), a => a.GetAttribute("href") == hubUrl);
            }
        }
    }

    [Fact]
    public void Every_citation_on_a_hub_page_lands_on_a_highlighted_passage()
    {
        var page = portal.Page("hubs/jeonju/index.html");
        var cites = page.QuerySelectorAll("a.cite").Select(a => a.GetAttribute("href")!).Distinct().ToList();
        Assert.NotEmpty(cites);
        foreach (var href in cites)
        {
            var hash = href.IndexOf('#');
            var source = portal.Page(href[PortalFixture.BasePath.Length..hash] + "index.html");
            Assert.Equal("MARK", source.GetElementById(href[(hash + 1)..])?.TagName);
        }
    }

    [Fact]
    public void The_financial_hub_plan_page_gives_every_quarter_of_the_plans_table()
    {
        var page = portal.Page("programs/jeonju-financial-hub-plan/index.html");
        var years = page.QuerySelectorAll("main h3").Select(h => h.TextContent.Trim()).Where(t => t.EndsWith('년')).ToList();
        Assert.Equal(["2022년", "2023년", "2024년", "2025년", "2026년"], years);

        // 2022 from its third quarter, 2023 to 2025 whole, and the first half of 2026: fifteen rows, each with its target and actions.
        var rows = page.QuerySelectorAll("main li").Where(li => li.QuerySelector("strong")?.TextContent is { } label && (label.EndsWith("분기", StringComparison.Ordinal) || label == "상반기")).ToList();
        Assert.Equal(15, rows.Count);
        Assert.All(rows, row =>
        {
            Assert.Contains("목표:", row.TextContent, StringComparison.Ordinal);
            Assert.Contains("추진계획:", row.TextContent, StringComparison.Ordinal);
        });
    }

    [Theory]
    [InlineData("hubs/gwangju/index.html", "성윤모")]
    [InlineData("hubs/gwangju/index.html", "이용섭")]
    [InlineData("hubs/jeonju/index.html", "김관영")]
    [InlineData("hubs/jeonju/index.html", "김병수")]
    [InlineData("hubs/ochang/index.html", "송상훈")]
    [InlineData("hubs/changwon/index.html", "송상훈")]
    [InlineData("programs/digital-innovation-hub-support/index.html", "송상훈")]
    [InlineData("programs/jeonju-four-future-industries/index.html", "김병수")]
    public void An_officials_statement_on_a_page_is_a_passage_the_page_cites(string path, string official)
    {
        var page = portal.Page(path);
        Assert.Contains(page.QuerySelectorAll("main li, main p"), e => e.TextContent.Contains(official, StringComparison.Ordinal) && e.TextContent.Contains('"', StringComparison.Ordinal));

        var cited = page.QuerySelectorAll("a.cite").Select(a => a.GetAttribute("href")!).Distinct().Select(href =>
        {
            var hash = href.IndexOf('#');
            return portal.Page(href[PortalFixture.BasePath.Length..hash] + "index.html").GetElementById(href[(hash + 1)..])?.TextContent ?? "";
        });
        // The quoted words themselves, not only the name: the sources open a quotation with “ or ".
        Assert.Contains(cited, passage => passage.Contains(official, StringComparison.Ordinal) && passage.IndexOfAny(['“', '"']) > passage.IndexOf(official, StringComparison.Ordinal));
    }

    private static Dictionary<string, long> TotalsTable(AngleSharp.Html.Dom.IHtmlDocument page, int index) =>
        page.QuerySelectorAll("table.totals")[index].QuerySelectorAll("tbody tr").ToDictionary(
            row => row.QuerySelector("th")!.TextContent.Trim(),
            row => long.Parse(row.QuerySelector("data")!.GetAttribute("value")!, CultureInfo.InvariantCulture));
}
