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

    [Theory]
    [InlineData("", "jeonju")]
    [InlineData("en/", "jeonju")]
    [InlineData("en/", "gwangju")]
    public void A_hubs_agreements_are_in_the_timelines_order_a_date_known_only_to_its_year_first(string lang, string hub)
    {
        static string[] Events(AngleSharp.Html.Dom.IHtmlDocument page) =>
            [.. page.QuerySelectorAll("article.event h3 > a").Select(a => a.GetAttribute("href")!)];

        var onHub = Events(portal.Page($"{lang}hubs/{hub}/index.html"));
        Assert.True(onHub.Length > 2, "the hub has agreements to order");
        Assert.Equal(Events(portal.Page($"{lang}timeline/index.html")).Where(onHub.Contains), onHub);

        // Jeonju's hydrogen pilot city selection, dated 2020 only, comes before the briefing of 30 January 2020 that reports it.
        if (hub == "jeonju")
        {
            var selection = Array.FindIndex(onHub, href => href.EndsWith("/agreements/jeonju-wanju-hydrogen-pilot-city-selection/", StringComparison.Ordinal));
            var briefing = Array.FindIndex(onHub, href => href.EndsWith("/agreements/jeonju-new-year-economic-briefing-2020/", StringComparison.Ordinal));
            Assert.InRange(selection, 0, briefing - 1);
        }
    }

    [Fact]
    public void The_map_places_every_hub_links_each_dot_to_its_page_and_has_a_text_alternative()
    {
        foreach (var path in new[] { "index.html", "en/index.html", "hubs/index.html" })
        {
            var map = portal.Page(path).QuerySelector("svg.map-svg")!;
            Assert.Equal("group", map.GetAttribute("role"));
            Assert.Equal(6, map.QuerySelectorAll("circle:not(.hit)").Length);
            var links = map.QuerySelectorAll("a.map-link").ToList();
            Assert.Equal(6, links.Count);
            foreach (var link in links)
            {
                var target = link.GetAttribute("href")![PortalFixture.BasePath.Length..] + "index.html";
                var name = link.QuerySelector("title")!.TextContent;
                Assert.Equal(portal.Page(target).QuerySelector("h1")!.TextContent.Trim(), name);
                // A dot with its label shown is named by that label; one without is named by the hub's name.
                Assert.Equal(link.QuerySelector("text") is null ? name : null, link.GetAttribute("aria-label"));
                Assert.NotNull(link.QuerySelector("circle:not(.hit)"));
            }

            var description = map.QuerySelector("desc")!.TextContent;
            Assert.Contains(path.StartsWith("en", StringComparison.Ordinal) ? "Gwangju Free Economic Zone" : "광주경제자유구역", description);
        }

        var hubMap = portal.Page("hubs/jeonju/index.html").QuerySelector("svg.map-svg")!;
        Assert.Single(hubMap.QuerySelectorAll("g.current"));
    }

    [Fact]
    public void No_two_dots_tap_areas_overlap_and_each_is_at_least_24_px_wide_on_a_320_px_phone()
    {
        // At 320 px the map is drawn 291 px wide (the page's padding aside); a hub's page shows it only from 768 px, 288 px wide.
        var map = portal.Page("en/index.html").QuerySelector("svg.map-svg")!;
        var scale = 291 / double.Parse(map.GetAttribute("viewBox")!.Split(' ')[2], CultureInfo.InvariantCulture);
        var hits = map.QuerySelectorAll("circle.hit")
            .Select(c => (X: Number(c, "cx"), Y: Number(c, "cy"), R: Number(c, "r")))
            .ToList();
        Assert.Equal(6, hits.Count);
        Assert.All(hits, h => Assert.True(2 * h.R * scale >= 24, $"a tap area {2 * h.R * scale:0.0} px wide"));
        foreach (var (a, i) in hits.Select((h, i) => (h, i)))
        {
            foreach (var b in hits.Skip(i + 1))
            {
                Assert.True(Math.Sqrt(Math.Pow(a.X - b.X, 2) + Math.Pow(a.Y - b.Y, 2)) >= a.R + b.R, $"tap areas at {a} and {b} overlap");
            }
        }

        static double Number(AngleSharp.Dom.IElement e, string name) => double.Parse(e.GetAttribute(name)!, CultureInfo.InvariantCulture);
    }

    [Fact]
    public void Every_map_label_stays_inside_the_picture()
    {
        foreach (var path in new[] { "index.html", "en/index.html" })
        {
            var map = portal.Page(path).QuerySelector("svg.map-svg")!;
            var width = double.Parse(map.GetAttribute("viewBox")!.Split(' ')[2], CultureInfo.InvariantCulture);
            foreach (var text in map.QuerySelectorAll("text"))
            {
                var x = double.Parse(text.GetAttribute("x")!, CultureInfo.InvariantCulture);
                var extent = Hubwatch.Model.KoreaMap.LabelWidth(text.TextContent);
                var (left, right) = text.GetAttribute("text-anchor") switch
                {
                    "end" => (x - extent, x),
                    "middle" => (x - extent / 2, x + extent / 2),
                    _ => (x, x + extent),
                };
                Assert.True(left >= 0 && right <= width, $"{path}: label '{text.TextContent}' spans {left:0}–{right:0} of 0–{width}");
            }
        }
    }

    [Theory]
    [InlineData("index.html")]
    [InlineData("en/index.html")]
    public void No_map_label_covers_another_or_sits_between_its_dot_and_another(string path)
    {
        // In the English map "Changwon" sat left of its dot with Gwangju's dot just past its start: "Gwangju ● Changwon ●".
        var points = portal.Page(path).QuerySelectorAll("svg.map-svg g.map-point").Select(g =>
        {
            var dot = g.QuerySelector("circle:not(.hit)")!;
            var text = g.QuerySelector("text")!;
            double Number(AngleSharp.Dom.IElement e, string name) => double.Parse(e.GetAttribute(name)!, CultureInfo.InvariantCulture);
            var (x, y, width) = (Number(text, "x"), Number(text, "y"), Hubwatch.Model.KoreaMap.LabelWidth(text.TextContent));
            var anchor = text.GetAttribute("text-anchor") ?? "start";
            var (left, right) = anchor switch { "end" => (x - width, x), "middle" => (x - width / 2, x + width / 2), _ => (x, x + width) };
            return (Label: text.TextContent, Anchor: anchor, Left: left, Right: right, Top: y - 14, Bottom: y + 2, X: Number(dot, "cx"), Y: Number(dot, "cy"), R: Number(dot, "r"));
        }).ToList();
        Assert.Equal(6, points.Count);

        foreach (var a in points)
        {
            foreach (var b in points.Where(b => b != a))
            {
                Assert.False(a.Left < b.Right && b.Left < a.Right && a.Top < b.Bottom && b.Top < a.Bottom, $"{path}: '{a.Label}' covers '{b.Label}'");
                Assert.False(b.X + b.R > a.Left && b.X - b.R < a.Right && b.Y + b.R > a.Top && b.Y - b.R < a.Bottom, $"{path}: '{a.Label}' covers the dot of '{b.Label}'");
                var (from, to) = a.Anchor switch { "start" => (a.Right, a.Right + Hubwatch.Model.KoreaMap.FarSide), "end" => (a.Left - Hubwatch.Model.KoreaMap.FarSide, a.Left), _ => (0d, 0d) };
                var sameRow = b.Y + b.R > a.Top && b.Y - b.R < a.Bottom;
                Assert.False(sameRow && b.X + b.R > from && b.X - b.R < to, $"{path}: '{a.Label}' sits between its dot and the dot of '{b.Label}'");
            }
        }
    }

    [Theory]
    [InlineData("partners/index.html", "ko-KR")]
    [InlineData("en/partners/index.html", "en-US")]
    public void Partners_are_sorted_in_the_order_of_the_page_language(string path, string culture)
    {
        var comparer = StringComparer.Create(CultureInfo.GetCultureInfo(culture), CompareOptions.None);
        foreach (var group in portal.Page(path).QuerySelectorAll("table.partners-table tbody"))
        {
            var names = group.QuerySelectorAll("th[scope=row] a").Select(a => a.TextContent).ToList();
            Assert.Equal(names.Order(comparer), names);
        }

        var byName = portal.Page(path.Replace("partners/", "partners/by-name/", StringComparison.Ordinal)).QuerySelectorAll("table.partners-table th[scope=row] a").Select(a => a.TextContent).ToList();
        Assert.Equal(37, byName.Count);
        Assert.Equal(byName.Order(comparer), byName);

        var first = portal.Page(path).QuerySelector("table.partners-table th[scope=row] a")!.TextContent;
        Assert.Equal(culture == "ko-KR" ? "과학기술정보통신부" : "Ministry of Land, Infrastructure and Transport", first);
    }

    [Fact]
    public void The_home_page_folds_the_shared_figures_behind_their_heading_where_the_funding_overview_shows_them()
    {
        var home = portal.Page("en/index.html");
        var folded = home.QuerySelector("main details.shared-details")!;
        Assert.StartsWith("Figures shared with other places or funders", folded.QuerySelector("summary")!.TextContent, StringComparison.Ordinal);
        Assert.Equal(3, folded.QuerySelectorAll(".shared-notes li").Length);

        var overview = portal.Page("en/funding/index.html");
        Assert.Null(overview.QuerySelector("details.shared-details"));
        Assert.Equal(3, overview.QuerySelectorAll(".shared-notes li").Length);

        // Each count on the home page opens its list.
        Assert.Equal(
            ["hubs/", "partners/", "timeline/", "sources/"],
            home.QuerySelectorAll(".stats a").Select(a => a.GetAttribute("href")![(PortalFixture.BasePath + "en/").Length..]));
    }

    [Fact]
    public void A_key_figure_that_is_a_sentence_takes_the_whole_row_and_a_number_does_not()
    {
        var boxes = portal.Page("en/hubs/gwangju/index.html").QuerySelectorAll(".key-figures > div")
            .ToDictionary(d => d.QuerySelector("dt")!.TextContent, d => d.ClassList.Contains("wide"));
        Assert.True(boxes["Districts"]);
        Assert.False(boxes["Area"]);
    }

    [Fact]
    public void Hub_cards_do_not_show_a_shared_figure_as_a_hubs_own()
    {
        var card = portal.Page("index.html").QuerySelectorAll(".card").Single(c => c.QuerySelector("a")!.GetAttribute("href") == PortalFixture.BasePath + "hubs/ochang/");
        var values = card.QuerySelectorAll("dd").Select(d => d.TextContent.Trim()).ToList();
        Assert.Equal("이 거점만의 금액은 없음", values[0]);
        Assert.Equal("63억 원 (함께 연결된 곳: 창원 디지털 혁신밸리)", values[1]);

        // A hub with no money at all, of its own or shared, says the sources state none.
        var busan = portal.Page("index.html").QuerySelectorAll(".card").Single(c => c.QuerySelector("a")!.GetAttribute("href") == PortalFixture.BasePath + "hubs/busan-centum-city/");
        Assert.Equal("출처에 금액 없음", busan.QuerySelector("dd")!.TextContent.Trim());
    }

    [Theory]
    [InlineData("en/index.html", "jeonju", "KRW 32 billion (with Wanju County)")]
    [InlineData("en/hubs/index.html", "changwon", "KRW 6.3 billion (with Ochang Science Industrial Complex)")]
    [InlineData("hubs/index.html", "jeonju", "320억 원 (함께 연결된 곳: 완주군)")]
    public void A_hub_cards_shared_money_names_the_other_places_it_is_linked_to(string page, string hub, string shown)
    {
        var card = portal.Page(page).QuerySelectorAll(".card").Single(c => c.QuerySelector("a") is { } a && a.GetAttribute("href")!.EndsWith($"hubs/{hub}/", StringComparison.Ordinal));
        var shared = card.QuerySelectorAll(".card-figures > div").Single(d => d.QuerySelector(".shared-with") is not null);
        Assert.Equal(shown, string.Join(' ', shared.QuerySelector("dd")!.TextContent.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries)));
    }
}
