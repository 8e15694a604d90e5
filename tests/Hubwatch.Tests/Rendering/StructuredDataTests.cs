using System.Text.Json;
using AngleSharp.Html.Parser;
using Hubwatch.Tests.Support;

namespace Hubwatch.Tests.Rendering;

/// <summary>schema.org JSON-LD: valid JSON on the pages that carry it, with the organisation and grant facts of the page, and no way out of its script element.</summary>
[Collection(PortalCollection.Name)]
public sealed class StructuredDataTests(PortalFixture portal)
{
    [Fact]
    public void Every_json_ld_block_parses_as_schema_org_json()
    {
        var blocks = portal.Pages.SelectMany(p => p.Value.QuerySelectorAll("script[type='application/ld+json']").Select(s => (p.Key, s.TextContent))).ToList();
        Assert.NotEmpty(blocks);
        foreach (var (path, json) in blocks)
        {
            using var document = JsonDocument.Parse(json);
            Assert.Equal("https://schema.org", document.RootElement.GetProperty("@context").GetString());
            Assert.NotEmpty(document.RootElement.GetProperty("@graph").EnumerateArray());
        }

        // Every partner page in both languages, the two funding pages and the hubs with funding carry one.
        Assert.Equal(37 * 2, blocks.Count(b => b.Key.Contains("partners/", StringComparison.Ordinal)));
        Assert.Contains(blocks, b => b.Key == "funding/index.html");
        Assert.Contains(blocks, b => b.Key == "en/hubs/jeonju/index.html");
    }

    [Fact]
    public void A_partner_page_describes_the_organisation()
    {
        var graph = Graph("partners/national-pension-service/index.html");
        var organisation = graph[0];
        Assert.Equal("GovernmentOrganization", organisation.GetProperty("@type").GetString());
        Assert.Equal("국민연금공단", organisation.GetProperty("name").GetString());
        Assert.Contains("National Pension Service", organisation.GetProperty("alternateName").EnumerateArray().Select(n => n.GetString()));
        Assert.EndsWith(PortalFixture.BasePath + "partners/national-pension-service/", organisation.GetProperty("url").GetString());

        var kakao = Graph("en/partners/kakao-enterprise/index.html")[0];
        Assert.Equal("Corporation", kakao.GetProperty("@type").GetString());
        Assert.Contains("㈜카카오엔터프라이즈", kakao.GetProperty("alternateName").EnumerateArray().Select(n => n.GetString()));
    }

    [Fact]
    public void The_funding_overview_describes_each_figure_it_shows_as_a_monetary_grant_with_the_amount_it_shows()
    {
        // The overview lists the largest figures, and describes those; each figure's own page describes it.
        var page = portal.Page("funding/index.html");
        var grants = Graph("funding/index.html");
        var shown = page.QuerySelectorAll("ol.largest-list > li").ToDictionary(li => li.QuerySelector("a")!.GetAttribute("href")!);
        Assert.NotEmpty(grants);
        Assert.Equal(shown.Count, grants.Length);
        foreach (var grant in grants)
        {
            Assert.Equal("MonetaryGrant", grant.GetProperty("@type").GetString());
            var url = new Uri(grant.GetProperty("url").GetString()!).AbsolutePath;
            var amount = grant.GetProperty("amount");
            Assert.Equal("KRW", amount.GetProperty("currency").GetString());
            Assert.Equal(shown[url].QuerySelector("data.money")!.GetAttribute("value"), amount.GetProperty("value").GetInt64().ToString());
        }

        var hydrogen = Assert.Single(Graph("funding/hydrogen-pilot-city-national-funds/index.html"), g => g.GetProperty("identifier").GetString() == "hydrogen-pilot-city-national-funds");
        Assert.Equal("국토교통부", hydrogen.GetProperty("funder").GetProperty("name").GetString());
        Assert.Equal("전주·전북혁신도시", hydrogen.GetProperty("fundedItem")[0].GetProperty("name").GetString());
        Assert.Equal("단계: 계획", hydrogen.GetProperty("disambiguatingDescription").GetString());
        var invested = Assert.Single(Graph("en/funding/jeonju-financial-hub-plan-already-invested/index.html"), g => g.GetProperty("identifier").GetString() == "jeonju-financial-hub-plan-already-invested");
        Assert.Equal("Stage: Spent", invested.GetProperty("disambiguatingDescription").GetString());
    }

    [Fact]
    public void Text_that_closes_a_script_element_stays_inside_the_json()
    {
        const string Name = "한빛시</script><script>alert(one)</script>";
        using var project = TempProject.FromBase();
        var path = Path.Combine(project.Content, "partners", "hanbit-city.yaml");
        File.WriteAllText(path, File.ReadAllText(path).Replace("name: { ko: 한빛시,", $"name: {{ ko: \"{Name}\","));
        Assert.Equal(0, project.Run("build", "--quiet").ExitCode);

        var html = System.Text.Encoding.UTF8.GetString(project.SiteFiles()["partners/hanbit-city/index.html"]);
        Assert.DoesNotContain("<script>alert", html);
        var page = new HtmlParser().ParseDocument(html);
        Assert.Empty(page.QuerySelectorAll("script:not([src]):not([type='application/ld+json'])"));
        var json = page.QuerySelector("script[type='application/ld+json']")!.TextContent;
        Assert.Contains("\\u003C/script\\u003E", json);
        using var document = JsonDocument.Parse(json);
        Assert.Equal(Name, document.RootElement.GetProperty("@graph")[0].GetProperty("name").GetString());
    }

    [Fact]
    public void Script_payloads_in_every_field_stay_data_in_the_json_ld_and_the_search_index()
    {
        using var project = TempProject.FromFixture("hostile");
        Assert.Equal(0, project.Run("build", "--quiet").ExitCode);
        var files = project.SiteFiles();
        var parser = new HtmlParser();
        var blocks = 0;
        foreach (var (path, bytes) in files.Where(f => f.Key.EndsWith(".html", StringComparison.Ordinal)))
        {
            foreach (var script in parser.ParseDocument(System.Text.Encoding.UTF8.GetString(bytes)).QuerySelectorAll("script[type='application/ld+json']"))
            {
                Assert.DoesNotContain("<", script.TextContent);
                using var _ = JsonDocument.Parse(script.TextContent);
                blocks++;
            }
        }

        Assert.True(blocks > 0);
        var partner = JsonDocument.Parse(parser.ParseDocument(System.Text.Encoding.UTF8.GetString(files["en/partners/hanbit-city/index.html"]))
            .QuerySelector("script[type='application/ld+json']")!.TextContent).RootElement.GetProperty("@graph")[0];
        Assert.Equal("Hanbit City<script>alert(\"xa\")</script>", partner.GetProperty("name").GetString());

        var titles = SearchFiles.Documents(SearchFiles.Read(files, "en/search/")).Select(d => d.Entry.Title);
        Assert.Contains("Hanbit City<script>alert(\"xa\")</script>", titles);
    }

    private JsonElement[] Graph(string path)
    {
        var json = portal.Page(path).QuerySelector("script[type='application/ld+json']")!.TextContent;
        return [.. JsonDocument.Parse(json).RootElement.GetProperty("@graph").EnumerateArray().Select(e => e.Clone())];
    }
}
