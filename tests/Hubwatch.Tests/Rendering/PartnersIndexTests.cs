using Hubwatch.Tests.Support;

namespace Hubwatch.Tests.Rendering;

/// <summary>The partners index: each organisation with its type, hubs, agreements and funding, in two static orders.</summary>
[Collection(PortalCollection.Name)]
public sealed class PartnersIndexTests(PortalFixture portal)
{
    private Dictionary<string, string[]> Rows(string path) => portal.Page(path)
        .QuerySelectorAll("table.partners-table tbody tr:not(.group-row)")
        .ToDictionary(tr => tr.QuerySelector("th a")!.GetAttribute("href")!.Split('/')[^2], tr => tr.QuerySelectorAll("td").Select(td => td.TextContent.Trim()).ToArray());

    [Theory]
    [InlineData("partners/index.html", "gwangju-fez-authority", "지방자치단체 소속 기관", "광주경제자유구역", "2", "—")]
    [InlineData("en/partners/index.html", "gwangju-fez-authority", "Local government agencies", "Gwangju Free Economic Zone", "2", "—")]
    [InlineData("partners/by-name/index.html", "pine-and-partners-asset-management", "기업", "전주·전북혁신도시", "1", "1조 원 공동")]
    [InlineData("en/partners/by-name/index.html", "molit", "Ministries", "Jeonju and Jeonbuk Innovation City", "1", "KRW 14.5 billion")]
    [InlineData("partners/index.html", "msit", "중앙부처", "대구 수성알파시티, 부산 센텀시티, 오창 과학산업단지, 창원 디지털 혁신밸리", "4", "63억 원")]
    public void Each_partner_shows_its_type_hubs_agreements_and_funding(string path, string id, string type, string hubs, string agreements, string funding)
    {
        var row = Rows(path)[id];

        Assert.Equal([type, hubs, agreements, funding], row);
    }

    [Fact]
    public void A_free_economic_zone_authority_is_not_filed_as_a_local_government()
    {
        var localGovernments = portal.Page("partners/index.html").GetElementById("local-government")!
            .QuerySelectorAll("th[scope=row] a").Select(a => a.TextContent).ToList();

        Assert.Equal(["완주군", "전주시"], localGovernments);
        Assert.Contains("광주경제자유구역청", portal.Page("partners/index.html").GetElementById("local-government-agency")!.TextContent);
    }

    [Theory]
    [InlineData("partners/index.html", "/portal/partners/by-name/")]
    [InlineData("en/partners/by-name/index.html", "/portal/en/partners/")]
    public void Each_order_links_to_the_other_from_its_column_heading(string path, string other)
    {
        var headings = portal.Page(path).QuerySelectorAll("table.partners-table thead th");

        Assert.Contains(headings.Take(2), th => th.QuerySelector("a")?.GetAttribute("href") == other);
        Assert.Single(headings.Take(2), th => th.QuerySelector("[aria-current=page]") is not null);
        Assert.Equal(37, portal.Page(path).QuerySelectorAll("table.partners-table tbody tr:not(.group-row)").Length);
    }

    [Fact]
    public void The_english_edition_spells_programme_one_way()
    {
        var american = new System.Text.RegularExpressions.Regex(@"\bprograms?\b", System.Text.RegularExpressions.RegexOptions.IgnoreCase);
        var found = portal.Pages
            .Where(p => p.Key.StartsWith("en/", StringComparison.Ordinal))
            .SelectMany(p => american.Matches(p.Value.Body!.TextContent + " " + p.Value.Title).Select(m => $"{p.Key}: {m.Value}"))
            .ToList();

        Assert.Empty(found);
        Assert.Contains("Programmes", portal.Page("en/programs/index.html").QuerySelector("h1")!.TextContent);
    }
}
