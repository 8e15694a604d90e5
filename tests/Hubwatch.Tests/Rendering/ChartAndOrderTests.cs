using System.Globalization;
using Hubwatch.Tests.Support;

namespace Hubwatch.Tests.Rendering;

/// <summary>Pictures and lists as readers of each language expect them: charts that match their tables, names in each language's order.</summary>
[Collection(PortalCollection.Name)]
public sealed class ChartAndOrderTests(PortalFixture portal)
{
    [Theory]
    [InlineData("funding/index.html")]
    [InlineData("en/funding/index.html")]
    [InlineData("hubs/jeonju/index.html")]
    [InlineData("en/hubs/gwangju/index.html")]
    [InlineData("hubs/ochang/index.html")]
    public void Every_chart_bar_shows_the_total_in_the_table_beside_it(string path)
    {
        var sections = portal.Page(path).QuerySelectorAll("section.totals-section");
        Assert.NotEmpty(sections);
        foreach (var section in sections)
        {
            var bars = section.QuerySelectorAll("svg.chart g.bar-row").Select(g => g.GetAttribute("data-value")).ToList();
            var table = section.QuerySelectorAll("table.totals tbody data").Select(d => d.GetAttribute("value")).ToList();
            Assert.Equal(table, bars);
            var widths = section.QuerySelectorAll("svg.chart rect").Select(r => double.Parse(r.GetAttribute("width")!, CultureInfo.InvariantCulture)).ToList();
            var values = bars.Select(v => long.Parse(v!, CultureInfo.InvariantCulture)).ToList();
            var longest = values.IndexOf(values.Max());
            Assert.Equal(widths.Max(), widths[longest]);
            for (var i = 0; i < values.Count; i++)
            {
                // Bars are proportional to the exact values (rounded to a tenth of a unit, at least one unit long).
                Assert.InRange(widths[i], Math.Max(1, widths[longest] * values[i] / values[longest]) - 0.1, Math.Max(1, widths[longest] * values[i] / values[longest]) + 0.1);
            }

            Assert.NotNull(section.QuerySelector("svg.chart title"));
            Assert.NotNull(section.QuerySelector("svg.chart desc"));
        }
    }

    [Fact]
    public void The_map_places_every_hub_and_has_a_text_alternative()
    {
        foreach (var path in new[] { "index.html", "en/index.html", "hubs/index.html" })
        {
            var map = portal.Page(path).QuerySelector("svg.map-svg")!;
            Assert.Equal("img", map.GetAttribute("role"));
            Assert.Equal(6, map.QuerySelectorAll("circle").Length);
            var description = map.QuerySelector("desc")!.TextContent;
            Assert.Contains(path.StartsWith("en", StringComparison.Ordinal) ? "Gwangju Free Economic Zone" : "광주경제자유구역", description);
        }

        var hubMap = portal.Page("hubs/jeonju/index.html").QuerySelector("svg.map-svg")!;
        Assert.Single(hubMap.QuerySelectorAll("g.current"));
    }

    [Theory]
    [InlineData("partners/index.html", "ko-KR")]
    [InlineData("en/partners/index.html", "en-US")]
    public void Partners_are_sorted_in_the_order_of_the_page_language(string path, string culture)
    {
        var comparer = StringComparer.Create(CultureInfo.GetCultureInfo(culture), CompareOptions.None);
        foreach (var group in portal.Page(path).QuerySelectorAll("main section ul"))
        {
            var names = group.QuerySelectorAll("a").Select(a => a.TextContent).ToList();
            Assert.Equal(names.Order(comparer), names);
        }

        var first = portal.Page(path).QuerySelector("main section ul a")!.TextContent;
        Assert.Equal(culture == "ko-KR" ? "과학기술정보통신부" : "Ministry of Land, Infrastructure and Transport", first);
    }

    [Fact]
    public void Hub_cards_do_not_show_a_shared_figure_as_a_hubs_own()
    {
        var card = portal.Page("index.html").QuerySelectorAll(".card").Single(c => c.QuerySelector("a")!.GetAttribute("href") == PortalFixture.BasePath + "hubs/ochang/");
        var values = card.QuerySelectorAll("dd").Select(d => d.TextContent.Trim()).ToList();
        Assert.Equal("—", values[0]);
        Assert.Equal("63억 원", values[1]);
    }
}
