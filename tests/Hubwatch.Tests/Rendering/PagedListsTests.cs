using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;
using System.Xml.Linq;
using AngleSharp.Html.Dom;
using AngleSharp.Html.Parser;
using Hubwatch.Bench.Corpus;
using Hubwatch.Model;
using Hubwatch.Rendering;
using Hubwatch.Tests.Support;

namespace Hubwatch.Tests.Rendering;

/// <summary>
/// The benchmark's synthetic corpus at 1,050 funding figures (210 organisations, 262 agreements, 109 sources), built
/// once: big enough that every long list has several pages, small enough that the build and the checks run in well
/// under a minute (about 15 s to build on two cores). Each page is parsed once, and only what the tests read is kept.
/// </summary>
public sealed class PagedCorpusFixture : IDisposable
{
    public const int Size = 1050;
    public const string BasePath = "/c/";

    private readonly TempProject _project = new();

    public PagedCorpusFixture()
    {
        HubwatchWriter.Write(new CorpusBuilder(seed: 3, size: Size).Build(), _project.Root);
        var result = _project.Run("build", "--quiet", "--base-path", BasePath);
        if (result.ExitCode != 0)
        {
            throw new InvalidOperationException("the corpus does not build:\n" + result.Stderr);
        }

        Files = _project.SiteFiles();
        var parser = new HtmlParser();
        Pages = Files.Where(f => f.Key.EndsWith(".html", StringComparison.Ordinal))
            .ToDictionary(f => f.Key, f => PageFacts.Of(parser.ParseDocument(Encoding.UTF8.GetString(f.Value)), f.Value.Length), StringComparer.Ordinal);
    }

    public IReadOnlyDictionary<string, byte[]> Files { get; }

    public IReadOnlyDictionary<string, PageFacts> Pages { get; }

    public IHtmlDocument Parse(string path) => new HtmlParser().ParseDocument(Encoding.UTF8.GetString(Files[path]));

    /// <summary>The file a site URL (absolute or under the base path) is served from.</summary>
    public static string ToFile(string url)
    {
        var path = (Uri.TryCreate(url, UriKind.Absolute, out var absolute) ? absolute.AbsolutePath : url)[BasePath.Length..];
        return path.Length == 0 || path.EndsWith('/') ? path + "index.html" : path;
    }

    public void Dispose() => _project.Dispose();
}

/// <summary>What the tests read of a page: its weight, its ids, its internal links, and how many records it lists.</summary>
public sealed record PageFacts(int Bytes, HashSet<string> Ids, IReadOnlyList<string> Links, int Records)
{
    /// <summary>The records a page lists: funding rows and lines, agreements, organisations (in a table, on a hub's page and in its own list), sources.</summary>
    public const string RecordSelector =
        "table.funding-table tbody tr, ol.compact-list > li, article.event, table.partners-table tbody tr:not(.group-row), ul.cards > li.card, " +
        "section[aria-labelledby=partners-heading] ul.columns > li, ul.link-list > li";

    public static PageFacts Of(IHtmlDocument page, int bytes) => new(
        bytes,
        [.. page.QuerySelectorAll("[id]").Select(e => e.Id!)],
        [.. page.QuerySelectorAll("a[href], link[href]").Select(a => a.GetAttribute("href")!).Where(h => !h.StartsWith("http", StringComparison.Ordinal) && !h.StartsWith("mailto:", StringComparison.Ordinal))],
        page.QuerySelectorAll(RecordSelector).Length);
}

/// <summary>Paging, facets and the page-weight budget on a generated corpus whose lists run to several pages.</summary>
public sealed partial class PagedListsTests(PagedCorpusFixture corpus) : IClassFixture<PagedCorpusFixture>
{
    [Theory]
    [InlineData("", "모든 재원 ({0}쪽 중 {1}쪽)", "{0}쪽 중 {1}쪽")]
    [InlineData("en/", "All funding figures — page {1} of {0}", "page {1} of {0}")]
    public void Every_figure_is_on_exactly_one_page_of_the_funding_list_and_the_pages_link_first_middle_and_last(string lang, string title, string pageOf)
    {
        var count = Paging.PageCount(PagedCorpusFixture.Size);
        Assert.Equal(11, count);
        var routes = Enumerable.Range(1, count).Select(n => lang + Paging.Route(Routes.FundingAll, n) + "index.html").ToArray();
        Assert.All(routes, r => Assert.True(corpus.Files.ContainsKey(r), r));
        Assert.False(corpus.Files.ContainsKey(lang + Paging.Route(Routes.FundingAll, count + 1) + "index.html"));

        var ids = new List<string>();
        foreach (var (route, number) in routes.Select((r, i) => (r, i + 1)))
        {
            var page = corpus.Parse(route);
            var rows = page.QuerySelectorAll("ol.compact-list > li").Select(li => li.GetAttribute("data-id")!).ToArray();
            Assert.Equal(number < count ? 100 : 50, rows.Length);
            ids.AddRange(rows);

            var expectedTitle = string.Format(title, count, number);
            Assert.StartsWith(expectedTitle + " — ", page.Title);
            Assert.Equal(expectedTitle, page.QuerySelector("h1")!.TextContent);
            var canonical = page.QuerySelector("link[rel=canonical]")!.GetAttribute("href")!;
            Assert.Equal(route, PagedCorpusFixture.ToFile(canonical));
            Assert.StartsWith("https://", canonical);

            var nav = Assert.Single(page.QuerySelectorAll("nav.paging"));
            Assert.Contains(string.Format(pageOf, count, number), nav.GetAttribute("aria-label"));
            var current = Assert.Single(nav.QuerySelectorAll("a[aria-current=page]"));
            Assert.Equal(number.ToString(), current.TextContent);
            Assert.Equal(route, PagedCorpusFixture.ToFile(current.GetAttribute("href")!));

            string? Rel(string rel) => nav.QuerySelector($"a[rel={rel}]")?.GetAttribute("href") is { } href ? PagedCorpusFixture.ToFile(href) : null;
            Assert.Equal(number > 1 ? routes[number - 2] : null, Rel("prev"));
            Assert.Equal(number < count ? routes[number] : null, Rel("next"));
            var numbered = nav.QuerySelectorAll("a:not([rel])").Select(a => PagedCorpusFixture.ToFile(a.GetAttribute("href")!)).ToArray();
            Assert.Contains(routes[0], numbered);
            Assert.Contains(routes[^1], numbered);
            if (number == 6)
            {
                // The middle page: the window around it, the ends, and a gap on either side.
                Assert.Equal([routes[0], routes[3], routes[4], routes[5], routes[6], routes[7], routes[^1]], numbered.Distinct());
                Assert.Equal(2, nav.QuerySelectorAll("li.gap").Length);
            }
        }

        var records = FundingCsv();
        Assert.Equal(ids.Count, ids.Distinct().Count());
        Assert.Equal(records.Select(r => r["Identifier"]).Order(StringComparer.Ordinal), ids.Order(StringComparer.Ordinal));
    }

    [Fact]
    public void Each_facet_lists_exactly_the_rows_of_its_csv_and_its_totals_add_them_up()
    {
        var all = FundingCsv();
        var overview = corpus.Parse("funding/index.html");
        var firstPages = corpus.Files.Keys.Where(k => FacetFirstPage().IsMatch(k)).Order(StringComparer.Ordinal).ToArray();
        Assert.Contains(firstPages, p => p.StartsWith("funding/hub/", StringComparison.Ordinal));
        Assert.Contains(firstPages, p => p.StartsWith("funding/funder-kind/", StringComparison.Ordinal));
        Assert.Contains(firstPages, p => p.StartsWith("funding/status/", StringComparison.Ordinal));
        Assert.Contains(firstPages, p => p.StartsWith("funding/year/", StringComparison.Ordinal));
        Assert.Contains(firstPages, p => corpus.Files.ContainsKey(p.Replace("index.html", "page/2/index.html")));

        var linked = overview.QuerySelectorAll("a[href]").Select(a => PagedCorpusFixture.ToFile(a.GetAttribute("href")!)).ToHashSet();
        foreach (var first in firstPages)
        {
            Assert.Contains(first, linked);
            var page = corpus.Parse(first);
            var csvLink = page.QuerySelector("a.csv")!.GetAttribute("href")!;
            var (_, rows) = OpenDataTests.ReadCsv(corpus.Files[PagedCorpusFixture.ToFile(csvLink)]);
            var listed = new List<string>();
            var folder = first[..^"index.html".Length];
            for (var n = 1; corpus.Files.ContainsKey(Paging.Route(folder, n) + "index.html"); n++)
            {
                var p = n == 1 ? page : corpus.Parse(Paging.Route(folder, n) + "index.html");
                var items = p.QuerySelectorAll("ol.compact-list > li").Select(li => li.GetAttribute("data-id")!).ToArray();
                Assert.InRange(items.Length, 1, Paging.PageSize);
                listed.AddRange(items);
                // Every page states the total of the whole list, not of its own rows.
                Assert.Equal(page.QuerySelector(".list-total")!.OuterHtml, p.QuerySelector(".list-total")!.OuterHtml);
            }

            var ids = rows.Select(r => r["Identifier"]).ToHashSet();
            Assert.Equal(ids.Order(StringComparer.Ordinal), listed.Order(StringComparer.Ordinal));

            // The total counts a figure once: a part whose whole is on the same list is inside the whole already.
            var total = page.QuerySelector(".list-total")!;
            var expected = rows.Where(r => !ids.Contains(r["Part Of"])).Sum(r => long.Parse(r["Amount Awarded"]));
            Assert.Equal(rows.Count.ToString(), total.GetAttribute("data-count"));
            Assert.Equal(expected.ToString(), total.GetAttribute("data-amount"));
            Assert.Equal(expected.ToString(), total.QuerySelector("strong data")!.GetAttribute("value"));

            // The facet's CSV has the columns and the cells of the whole table.
            Assert.All(rows, r => Assert.Equal(all.Single(a => a["Identifier"] == r["Identifier"]), r));
        }
    }

    [Theory]
    [InlineData("", "그 밖의 거점·공유 묶음 {0}개")]
    [InlineData("en/", "{0} other hubs and shared groups")]
    public void A_total_by_hub_shows_the_largest_lines_and_one_line_for_the_rest_and_still_adds_up(string lang, string rest)
    {
        var overview = corpus.Parse(lang + "funding/index.html");
        var grand = long.Parse(overview.QuerySelector(".grand-total strong data")!.GetAttribute("value")!);
        var figures = FundingCsv();
        var counted = figures.Count(r => r["Part Of"].Length == 0);
        var rows = overview.QuerySelectorAll("#by-hub-heading ~ table tbody tr");
        Assert.Equal(PageBuilder.MaxHubLines, rows.Length);

        // The hubs of the corpus each have a line of their own in the whole set, so the last line holds the others.
        var lines = corpus.Files.Keys.Count(k => FacetFirstPage().IsMatch(k) && k.StartsWith("funding/hub/", StringComparison.Ordinal));
        Assert.True(lines > PageBuilder.MaxHubLines, $"{lines} hubs");
        var last = rows[^1].QuerySelector("th")!.TextContent;
        var folded = int.Parse(Regex.Match(last, @"\d+").Value);
        Assert.Equal(string.Format(rest, folded), last);
        Assert.True(folded >= lines - (PageBuilder.MaxHubLines - 1), $"{folded} lines folded, {lines} hubs");
        Assert.Equal(grand, rows.Sum(r => long.Parse(r.QuerySelector("td data")!.GetAttribute("value")!)));
        // A line counts its figures with their parts, as the hub's list shows them: the lines count every figure once.
        Assert.Equal(figures.Count, rows.Sum(r => int.Parse(r.QuerySelectorAll("td")[1].TextContent)));
        Assert.True(counted < figures.Count, "the corpus has parts");

        // The lines shown are the largest: none folded into the rest is larger than the smallest line shown.
        var shown = rows.Take(PageBuilder.MaxHubLines - 1).Select(r => long.Parse(r.QuerySelector("td data")!.GetAttribute("value")!)).ToArray();
        Assert.Equal(shown.OrderByDescending(v => v), shown);
        Assert.All(rows.Take(PageBuilder.MaxHubLines - 1), r => Assert.NotNull(r.QuerySelector("th a[href]")));
    }

    [Fact]
    public void A_total_names_at_most_ten_shared_figures_and_counts_the_others()
    {
        var overview = corpus.Parse("funding/index.html");
        var notes = overview.QuerySelectorAll("ul.shared-notes > li");
        Assert.Equal(PageBuilder.MaxSharedNotes + 1, notes.Length);
        var named = notes.Take(PageBuilder.MaxSharedNotes).Select(li => long.Parse(li.QuerySelector("data")!.GetAttribute("value")!)).ToArray();
        Assert.Equal(named.OrderByDescending(v => v), named);
        Assert.Matches(@"^그 밖에 다른 곳과 함께 쓰는 금액 \d+건, 모두 .+ 원$", notes[^1].TextContent);
        Assert.Equal("more", notes[^1].ClassName);
    }

    [Theory]
    [InlineData("", "거점 {0}곳 모두 보기")]
    [InlineData("en/", "All {0} hubs")]
    public void The_home_page_shows_twelve_hub_cards_and_links_the_list_of_every_hub(string lang, string all)
    {
        var home = corpus.Parse(lang + "index.html");
        var hubs = corpus.Parse(lang + "hubs/index.html").QuerySelectorAll("ul.cards > li.card").Length;
        Assert.True(hubs > PageBuilder.HomeHubCards, $"{hubs} hubs");
        Assert.Equal(PageBuilder.HomeHubCards, home.QuerySelectorAll("ul.cards > li.card").Length);
        var link = home.QuerySelector("p.more-hubs a")!;
        Assert.Equal(string.Format(all, hubs), link.TextContent);
        Assert.Equal(lang + "hubs/index.html", PagedCorpusFixture.ToFile(link.GetAttribute("href")!));
        Assert.Equal(hubs.ToString(), home.QuerySelector("ul.stats li strong")!.TextContent);
    }

    [Fact]
    public void A_hubs_map_shows_it_and_the_hubs_nearest_it_on_the_map()
    {
        var hubs = System.Text.Json.Nodes.JsonNode.Parse(corpus.Files["data/portal.json"])!["hubs"]!.AsArray()
            .Select(h => (Id: (string)h!["id"]!, At: KoreaMap.Project((double)h["coordinates"]!["lon"]!, (double)h["coordinates"]!["lat"]!)))
            .ToList();
        Assert.True(hubs.Count > PageBuilder.MapHubs, $"{hubs.Count} hubs");
        foreach (var (id, at) in hubs.Take(5))
        {
            var map = corpus.Parse($"hubs/{id}/index.html").QuerySelector("figure.map")!;
            var drawn = map.QuerySelectorAll("a.map-link").Select(a => a.GetAttribute("href")!.TrimEnd('/').Split('/')[^1]).ToList();
            Assert.Equal(PageBuilder.MapHubs, drawn.Count);
            Assert.Equal(id, map.QuerySelector("a.map-link[aria-current=page]")!.GetAttribute("href")!.TrimEnd('/').Split('/')[^1]);

            // The farthest hub drawn is no farther than the nearest one left out.
            double Distance((double X, double Y) other) => Math.Pow(other.X - at.X, 2) + Math.Pow(other.Y - at.Y, 2);
            var farthestDrawn = hubs.Where(h => drawn.Contains(h.Id)).Max(h => Distance(h.At));
            var nearestLeft = hubs.Where(h => !drawn.Contains(h.Id)).Min(h => Distance(h.At));
            Assert.True(farthestDrawn <= nearestLeft, $"{id}: drew a hub at {farthestDrawn:0.0} but left one out at {nearestLeft:0.0}");

            // The description names what is drawn, and nothing else.
            var description = map.QuerySelector("desc")!.TextContent;
            Assert.Equal(PageBuilder.MapHubs, map.QuerySelectorAll("a.map-link title").Count(t => description.Contains(t.TextContent, StringComparison.Ordinal)));
        }
    }

    [Theory]
    [InlineData("", "그 밖의 {0}곳", "그 밖의 {0}곳", "다른 곳과 함께 돌아가는 금액이 {0}건 더", "다른 곳과 함께 돌아가는 금액이 {0}건 더")]
    [InlineData("en/", "{0} others", "{0} other", "{0} more figures are shared", "{0} more figure is shared")]
    public void A_hubs_money_answer_names_its_five_largest_funders_and_counts_the_rest(string lang, string others, string otherOne, string sharedMore, string sharedMoreOne)
    {
        var checkedHubs = 0;
        foreach (var hub in System.Text.Json.Nodes.JsonNode.Parse(corpus.Files["data/portal.json"])!["hubs"]!.AsArray())
        {
            var totals = hub!["funding_totals"]!;
            var byFunder = totals["by_funder"]!.AsArray().Select(l => (Id: (string)l!["funder"]!, Amount: (long)l["amount"]!)).ToList();
            var answer = corpus.Parse($"{lang}hubs/{(string)hub["id"]!}/index.html").QuerySelector("p.money-answer");
            if (answer is null)
            {
                continue;
            }

            // The five largest are named and linked, in order; the rest are one item with their count and their sum.
            var named = answer.QuerySelectorAll("a[href*='/partners/']").Select(a => a.GetAttribute("href")!.TrimEnd('/').Split('/')[^1]).ToList();
            Assert.Equal(byFunder.Take(MoneyAnswer.MaxFunders).Select(f => f.Id), named);
            var restCount = byFunder.Count - MoneyAnswer.MaxFunders;
            var rest = string.Format(restCount == 1 ? otherOne : others, restCount);
            Assert.Equal(byFunder.Count > MoneyAnswer.MaxFunders, answer.TextContent.Contains(rest, StringComparison.Ordinal));
            if (byFunder.Count > MoneyAnswer.MaxFunders)
            {
                var sentence = answer.InnerHtml[answer.InnerHtml.IndexOf(rest, StringComparison.Ordinal)..];
                var restAmount = System.Text.RegularExpressions.Regex.Match(sentence, "value=\"(\\d+)\"").Groups[1].Value;
                Assert.Equal(byFunder.Skip(MoneyAnswer.MaxFunders).Sum(f => f.Amount).ToString(System.Globalization.CultureInfo.InvariantCulture), restAmount);
                checkedHubs++;
            }

            var shared = totals["shared"]!.AsArray().Count;
            var sharedRest = shared - MoneyAnswer.MaxShared;
            Assert.Equal(sharedRest > 0, answer.TextContent.Contains(string.Format(sharedRest == 1 ? sharedMoreOne : sharedMore, sharedRest), StringComparison.Ordinal));
        }

        Assert.True(checkedHubs > 0, "no hub of the corpus has more than five funders");
    }

    [Theory]
    [InlineData("timeline/index.html")]
    [InlineData("en/timeline/index.html")]
    public void A_list_of_agreements_names_the_parties_and_leaves_what_each_undertakes_to_the_agreements_page(string path)
    {
        var list = corpus.Parse(path);
        var entry = list.QuerySelectorAll("article.event").First(e => e.QuerySelectorAll(".parties li").Length >= 3);
        var named = entry.QuerySelectorAll(".parties li").Select(li => li.TextContent.Trim()).ToList();
        Assert.All(entry.QuerySelectorAll(".parties li"), li => Assert.Equal(li.QuerySelector("a")!.TextContent, li.TextContent.Trim()));

        var page = corpus.Parse(PagedCorpusFixture.ToFile(entry.QuerySelector("h3 a")!.GetAttribute("href")!));
        var parties = page.QuerySelectorAll(".party-list li").ToList();
        // The page names together the parties that undertake the same thing, so its order may differ.
        Assert.Equal(named.Order(StringComparer.Ordinal), parties.SelectMany(li => li.QuerySelectorAll("a.party-name")).Select(a => a.TextContent).Order(StringComparer.Ordinal));
        Assert.Contains(parties, li => li.QuerySelector("p .cites a.cite") is not null);

        // The passages cited only for a party's part are not cited by the entry.
        var partyOnly = parties.SelectMany(li => li.QuerySelectorAll("p .cites a.cite")).Select(a => a.GetAttribute("href")!)
            .Except(page.QuerySelectorAll("h1 .cites a.cite").Select(a => a.GetAttribute("href")!)).ToList();
        Assert.NotEmpty(partyOnly);
        Assert.DoesNotContain(entry.QuerySelectorAll("a.cite"), a => partyOnly.Contains(a.GetAttribute("href")!));
    }

    [Theory]
    [InlineData("feed.xml")]
    [InlineData("en/feed.xml")]
    public void The_feed_holds_the_hundred_newest_agreements(string path)
    {
        XNamespace atom = "http://www.w3.org/2005/Atom";
        var (_, agreements) = OpenDataTests.ReadCsv(corpus.Files["data/agreements.csv"]);
        Assert.True(agreements.Count > AtomFeedWriter.MaxEntries, $"{agreements.Count} agreements");
        var entries = XDocument.Parse(Encoding.UTF8.GetString(corpus.Files[path])).Root!.Elements(atom + "entry").ToList();
        Assert.Equal(AtomFeedWriter.MaxEntries, entries.Count);

        var published = entries.Select(e => DateTimeOffset.Parse(e.Element(atom + "published")!.Value)).ToList();
        Assert.Equal(published.OrderByDescending(d => d), published);
        var inFeed = entries.Select(e => e.Element(atom + "link")!.Attribute("href")!.Value.TrimEnd('/').Split('/')[^1]).ToHashSet();
        var left = agreements.Where(a => !inFeed.Contains(a["Identifier"])).ToList();
        Assert.Equal(agreements.Count - AtomFeedWriter.MaxEntries, left.Count);
        Assert.All(left, a => Assert.True(int.Parse(a["Date"][..4]) <= published[^1].Year, $"{a["Identifier"]} ({a["Date"]}) is newer than the oldest entry ({published[^1]:yyyy-MM-dd})"));
    }

    [Fact]
    public void Every_list_beside_the_record_pages_of_a_kind_has_a_name_no_record_of_that_kind_may_take()
    {
        var funding = FundingCsv();
        var (_, partners) = OpenDataTests.ReadCsv(corpus.Files["data/partners.csv"]);
        var (_, hubs) = OpenDataTests.ReadCsv(corpus.Files["data/hubs.csv"]);
        var (_, agreements) = OpenDataTests.ReadCsv(corpus.Files["data/agreements.csv"]);
        var kinds = new (string Folder, string Kind, HashSet<string> Ids)[]
        {
            ("funding", "funding", [.. funding.Select(r => r["Identifier"])]),
            ("partners", "partner", [.. partners.Select(r => r["Identifier"])]),
            ("hubs", "hub", [.. hubs.Select(r => r["Identifier"])]),
            ("agreements", "agreement", [.. agreements.Select(r => r["Identifier"])]),
        };
        foreach (var (folder, kind, ids) in kinds)
        {
            // The first segment under the folder of every page that is not a record's own page (or below it).
            var lists = corpus.Pages.Keys
                .Select(p => p.StartsWith("en/", StringComparison.Ordinal) ? p[3..] : p)
                .Where(p => p.StartsWith(folder + "/", StringComparison.Ordinal) && p.Count(c => c == '/') >= 2)
                .Select(p => p.Split('/')[1])
                .Where(segment => !ids.Contains(segment))
                .ToHashSet();
            Assert.NotEmpty(ids);
            Assert.All(lists, segment => Assert.Contains(segment, Hubwatch.Validation.IdChecker.Reserved(kind)));
            if (kind is "funding")
            {
                Assert.Equal(["all", "funder-kind", "hub", "status", "year"], lists.Order(StringComparer.Ordinal));
            }
        }
    }

    [Theory]
    [InlineData("")]
    [InlineData("en/")]
    public void A_hub_page_names_its_first_organisations_and_links_to_the_list_of_them_all(string lang)
    {
        // The hubs whose pages name fewer organisations than they count.
        var hubs = corpus.Pages.Keys.Where(p => p.StartsWith(lang + "hubs/", StringComparison.Ordinal) && p.EndsWith("/partners/index.html", StringComparison.Ordinal)).ToList();
        Assert.NotEmpty(hubs);
        foreach (var list in hubs)
        {
            var hub = corpus.Parse(list.Replace("partners/index.html", "index.html", StringComparison.Ordinal));
            var named = hub.QuerySelectorAll("section[aria-labelledby=partners-heading] ul.columns > li a").Select(a => a.GetAttribute("href")).ToList();
            var all = corpus.Parse(list).QuerySelectorAll("ul.link-list > li a").Select(a => a.GetAttribute("href")).ToList();
            Assert.Equal(Hubwatch.Model.PageBuilder.RecordPagePartners, named.Count);
            Assert.Contains($"({all.Count})", hub.QuerySelector("#partners-heading")!.TextContent, StringComparison.Ordinal);
            Assert.Equal(named, all.Take(named.Count));
            Assert.Equal(all.Count, all.Distinct().Count());
            Assert.Equal(PagedCorpusFixture.BasePath + list[..^"index.html".Length], hub.QuerySelector("p.more-partners a")!.GetAttribute("href"));
        }
    }

    [Fact]
    public void No_page_weighs_more_than_300_KB_or_lists_more_than_100_records()
    {
        Assert.True(corpus.Pages.Count > 800, $"{corpus.Pages.Count} pages");
        var heavy = corpus.Pages.Where(p => p.Value.Bytes > 300 * 1024).Select(p => $"{p.Key}: {p.Value.Bytes:N0} bytes").ToArray();
        var long_ = corpus.Pages.Where(p => p.Value.Records > Paging.PageSize).Select(p => $"{p.Key}: {p.Value.Records} records").ToArray();
        Assert.True(heavy.Length == 0, string.Join("\n", heavy));
        Assert.True(long_.Length == 0, string.Join("\n", long_));

        // The lists that are long enough are paged: organisations, both orders; the timeline; the sources.
        Assert.True(corpus.Files.ContainsKey("partners/page/3/index.html"));
        Assert.True(corpus.Files.ContainsKey("en/partners/by-name/page/3/index.html"));
        Assert.True(corpus.Files.ContainsKey("timeline/page/6/index.html"));
        Assert.True(corpus.Files.ContainsKey("en/sources/page/2/index.html"));
    }

    [Fact]
    public void Every_internal_link_and_anchor_of_the_corpus_resolves()
    {
        var broken = new List<string>();
        foreach (var (path, page) in corpus.Pages)
        {
            foreach (var href in page.Links)
            {
                var hash = href.IndexOf('#');
                var target = hash >= 0 ? href[..hash] : href;
                var fragment = hash >= 0 ? Uri.UnescapeDataString(href[(hash + 1)..]) : "";
                var file = target.Length == 0 ? path : PagedCorpusFixture.ToFile(target);
                if (!corpus.Files.ContainsKey(file))
                {
                    broken.Add($"{path}: {href} (no such file)");
                }
                else if (fragment.Length > 0 && !(corpus.Pages.TryGetValue(file, out var linked) && linked.Ids.Contains(fragment)))
                {
                    broken.Add($"{path}: {href} (no element with id '{fragment}')");
                }
            }
        }

        Assert.True(broken.Count == 0, $"{broken.Count} broken links, e.g.:\n" + string.Join("\n", broken.Take(20)));
    }

    [Theory]
    [InlineData("en/partners/index.html", "and {0} more")]
    [InlineData("partners/by-name/index.html", "외 {0}곳")]
    public void An_organisation_row_names_its_first_hubs_and_counts_the_rest_linking_to_its_page_that_names_them_all(string list, string more)
    {
        var rows = Paging.PageCount(PagedCorpusFixture.Size / 5);
        var longRows = 0;
        var pages = Enumerable.Range(1, rows).Select(n => n == 1 ? list : list.Replace("index.html", $"page/{n}/index.html", StringComparison.Ordinal));
        foreach (var row in pages.Where(corpus.Files.ContainsKey).SelectMany(p => corpus.Parse(p).QuerySelectorAll("table.partners-table tbody tr:not(.group-row)")))
        {
            var cell = row.QuerySelectorAll("td")[1];
            var links = cell.QuerySelectorAll("a").ToList();
            var last = links.LastOrDefault();
            if (last is null || !last.GetAttribute("href")!.EndsWith("#hubs-heading", StringComparison.Ordinal))
            {
                Assert.True(links.Count <= PageBuilder.PartnerRowHubs, $"{links.Count} hubs in a row");
                continue;
            }

            // The first hubs by name, then the count of the rest, which the organisation's own page lists with the others.
            longRows++;
            Assert.Equal(PageBuilder.PartnerRowHubs, links.Count - 1);
            var own = corpus.Parse(PagedCorpusFixture.ToFile(last.GetAttribute("href")![..last.GetAttribute("href")!.IndexOf('#')]));
            var all = own.QuerySelectorAll("section[aria-labelledby=hubs-heading] li a").Select(a => a.GetAttribute("href")).ToList();
            Assert.Equal(string.Format(CultureInfo.InvariantCulture, more, all.Count - PageBuilder.PartnerRowHubs), last.TextContent);
            Assert.Equal(all.Take(PageBuilder.PartnerRowHubs), links.SkipLast(1).Select(a => a.GetAttribute("href")));
        }

        Assert.True(longRows > 0, "no organisation of the corpus works with more hubs than its row names");
    }

    [Fact]
    public void A_type_heading_link_leads_to_the_page_where_that_type_starts()
    {
        var partner = corpus.Parse("en/partners/by-name/page/2/index.html");
        foreach (var link in partner.QuerySelectorAll("table.partners-table td:nth-child(2) a"))
        {
            var href = link.GetAttribute("href")!;
            var type = href[(href.IndexOf('#') + 1)..];
            var target = corpus.Parse(PagedCorpusFixture.ToFile(href[..href.IndexOf('#')]));
            var group = target.GetElementById(type)!;
            Assert.Equal(link.TextContent, group.QuerySelector("tr.group-row th")!.TextContent.Split(" (")[0]);

            // The page before has no row of this type: the link goes to the group's first rows.
            var previous = target.QuerySelector("nav.paging a[rel=prev]")?.GetAttribute("href");
            if (previous is not null)
            {
                Assert.Null(corpus.Parse(PagedCorpusFixture.ToFile(previous)).GetElementById(type));
            }
        }
    }

    [Theory]
    [InlineData("")]
    [InlineData("en/")]
    public void A_list_of_up_to_ten_pages_offers_to_narrow_it_by_its_other_dimensions_and_its_rows_carry_their_keys(string lang)
    {
        var byId = FundingCsvById();
        var expectedKeys = byId.ToDictionary(p => p.Key, p => Dimensions.ToDictionary(d => d, d => string.Join(' ', CsvKeys(p.Value, d))));

        // Every list of figures: the facets, all figures, and the organisations' and programmes' own lists.
        var lists = FundingListFirstPages(lang).Order(StringComparer.Ordinal).ToArray();
        Assert.Contains(lang + "funding/all/index.html", lists);
        Assert.Contains(lists, l => l.Contains("/partners/", StringComparison.Ordinal) || l.StartsWith("partners/", StringComparison.Ordinal));
        var narrowed = 0;
        foreach (var first in lists)
        {
            var folder = first[..^"index.html".Length];
            var pages = new List<string>();
            for (var n = 1; corpus.Files.ContainsKey(Paging.Route(folder, n) + "index.html"); n++)
            {
                pages.Add(Paging.Route(folder, n) + "index.html");
            }

            var documents = pages.Select(corpus.Parse).ToArray();
            if (pages.Count > PageBuilder.NarrowPages)
            {
                Assert.All(documents, d => Assert.Null(d.QuerySelector("form.narrow")));
                Assert.All(documents, d => Assert.Null(d.QuerySelector("[data-hub]")));
                if (!first.Contains("/partners/", StringComparison.Ordinal) && !first.Contains("/programs/", StringComparison.Ordinal))
                {
                    Assert.All(documents, d =>
                    {
                        var href = d.QuerySelector("p.narrow-first a")!.GetAttribute("href")!.Split('#');
                        Assert.Equal([lang + "funding/index.html", "facets-heading"], [PagedCorpusFixture.ToFile(href[0]), href[1]]);
                    });
                }

                continue;
            }

            var own = FacetFirstPage().Match(first[lang.Length..]) is { Success: true } facet ? facet.Groups[1].Value : null;
            var rows = documents.SelectMany(d => d.QuerySelectorAll("ol.compact-list > li")).ToArray();
            // A row carries its keys in the dimensions the form offers, and only those.
            var offered = documents[0].QuerySelectorAll("form.narrow select").Select(e => e.GetAttribute("name")!).ToHashSet();
            foreach (var row in rows)
            {
                var id = row.GetAttribute("data-id")!;
                Assert.All(expectedKeys[id], key => Assert.Equal(offered.Contains(key.Key) ? key.Value : null, row.GetAttribute("data-" + key.Key)));
                // A part names its whole, which the list shows before it.
                Assert.Equal(row.ClassList.Contains("part") ? byId[id]["Part Of"] : null, row.GetAttribute("data-part-of"));
                if (row.GetAttribute("data-part-of") is { } whole)
                {
                    Assert.Contains(whole, rows.TakeWhile(r => r != row).Select(r => r.GetAttribute("data-id")));
                }
            }

            for (var n = 0; n < documents.Length; n++)
            {
                var form = documents[n].QuerySelector("form.narrow");
                if (form is null)
                {
                    // Nothing to narrow by: every dimension but the facet's has one value for every row.
                    Assert.All(Dimensions.Where(d => d != own), d => Assert.Single(rows.Select(r => expectedKeys[r.GetAttribute("data-id")!][d]).Distinct()));
                    continue;
                }

                Assert.True(form.HasAttribute("hidden"), first + ": the form is shown by its script only");
                Assert.Equal(pages, form.GetAttribute("data-pages")!.Split(' ').Select(PagedCorpusFixture.ToFile));
                Assert.Equal((n + 1).ToString(), form.GetAttribute("data-current"));
                var selects = form.QuerySelectorAll("select").ToArray();
                Assert.DoesNotContain(selects, s => s.GetAttribute("name") == own);
                foreach (var select in selects)
                {
                    var dimension = select.GetAttribute("name")!;
                    var counts = rows.SelectMany(r => expectedKeys[r.GetAttribute("data-id")!][dimension].Split(' ', StringSplitOptions.RemoveEmptyEntries))
                        .GroupBy(k => k).ToDictionary(g => g.Key, g => g.Count());
                    var options = select.QuerySelectorAll("option").Skip(1)
                        .ToDictionary(o => o.GetAttribute("value")!, o => int.Parse(OptionCount().Match(o.TextContent).Groups[1].Value));
                    Assert.Equal(counts.OrderBy(c => c.Key), options.OrderBy(o => o.Key));
                    Assert.True(counts.Count > 1 || counts.Values.Single() < rows.Length, $"{first}: {dimension} leaves out no row");
                }

                narrowed++;
            }
        }

        Assert.True(narrowed > 20, $"only {narrowed} pages offer narrowing");
    }

    [Theory]
    [InlineData("", "재원 1,050건 모두 보기 (여러 쪽)", "이 재원 1,050건 내려받기 (CSV)", "1,050건, 그중")]
    [InlineData("en/", "All 1,050 funding figures, page by page", "Download these 1,050 figures (CSV)", "1,050 figures, ")]
    public void Counts_of_a_thousand_or_more_are_grouped_by_thousands(string lang, string allLink, string csv, string total)
    {
        var overview = corpus.Parse(lang + "funding/index.html");
        Assert.Contains(overview.QuerySelectorAll("a"), a => a.TextContent == allLink);
        var all = corpus.Parse(lang + "funding/all/index.html");
        Assert.Equal(csv, all.QuerySelector("a.csv")!.TextContent);
        Assert.Contains(total, all.QuerySelector(".list-total .total-label")!.TextContent);
    }

    [Fact]
    public void A_period_of_one_year_reads_as_that_year_and_a_longer_one_as_a_range()
    {
        var byId = FundingCsvById();
        var seen = new HashSet<bool>();
        foreach (var row in corpus.Parse("en/funding/all/index.html").QuerySelectorAll("ol.compact-list > li"))
        {
            var figure = byId[row.GetAttribute("data-id")!];
            var (from, to) = (figure["Planned Dates:Start Date"], figure["Planned Dates:End Date"]);
            // The period ends the line, before what a shared figure says of those it is shared with.
            var text = row.QuerySelector(".shared-with") is { } shared ? row.TextContent[..row.TextContent.LastIndexOf(" · " + shared.TextContent, StringComparison.Ordinal)] : row.TextContent;
            if (from.Length > 0 && to.Length > 0)
            {
                Assert.EndsWith(from == to ? " · " + from : $" · {from}–{to}", text);
                seen.Add(from == to);
            }
        }

        Assert.Equal([false, true], seen.Order());
    }

    [Theory]
    [InlineData("", "ko-KR")]
    [InlineData("en/", "en-US")]
    public void The_overview_and_the_narrowing_form_list_each_dimension_in_the_order_a_reader_looks_for_it(string lang, string culture)
    {
        var names = StringComparer.Create(CultureInfo.GetCultureInfo(culture), CompareOptions.None);
        string[] kinds = ["national", "provincial", "municipal", "private", "foreign", "unspecified"];
        string[] stages = ["announced", "planned", "committed", "executed", "unstated"];
        static string Key(string href) => href.TrimEnd('/').Split('/')[^1];
        static string Label(string text) => OptionCount().Replace(text, "").TrimEnd();

        var groups = corpus.Parse(lang + "funding/index.html").QuerySelectorAll("section.facets ul.chips")
            .Select(ul => ul.QuerySelectorAll("a").Select(a => (Key: Key(a.GetAttribute("href")!), Label: Label(a.TextContent))).ToArray())
            .ToArray();
        Assert.Equal(4, groups.Length);
        var (hubs, byKind, byStage, years) = (groups[0], groups[1], groups[2], groups[3]);
        Assert.True(hubs.Length > 10);
        Assert.Equal(hubs.Select(h => h.Label).Order(names), hubs.Select(h => h.Label));
        Assert.Equal(byKind.Select(k => k.Key), kinds.Where(k => byKind.Any(x => x.Key == k)));
        Assert.Equal(byStage.Select(k => k.Key), stages.Where(k => byStage.Any(x => x.Key == k)));
        Assert.Equal(years.Select(y => y.Key).Order(StringComparer.Ordinal), years.Select(y => y.Key));

        // The narrowing form of a year's list orders its hubs, kinds and stages the same way.
        var form = corpus.Parse(lang + "funding/year/" + years[0].Key + "/index.html").QuerySelector("form.narrow")!;
        string[] Options(string name) => [.. form.QuerySelectorAll($"select[name={name}] option").Skip(1).Select(o => o.GetAttribute("value")!)];
        var hubOptions = form.QuerySelectorAll("select[name=hub] option").Skip(1).Select(o => Label(o.TextContent)).ToArray();
        Assert.True(hubOptions.Length > 1);
        Assert.Equal(hubOptions.Order(names), hubOptions);
        Assert.Equal(Options("funder-kind"), kinds.Where(Options("funder-kind").Contains));
        Assert.Equal(Options("status"), stages.Where(Options("status").Contains));
    }

    [Theory]
    [InlineData("")]
    [InlineData("en/")]
    public void Each_choice_a_narrowing_form_offers_has_the_total_of_the_figures_it_shows_as_the_open_data_adds_them_up(string lang)
    {
        var byId = FundingCsvById();
        string[] KeysOf(string id, string dimension) => CsvKeys(byId[id], dimension);
        Dictionary<string, long> YearlyOf(string id) => CsvYearly(byId[id]);

        var forms = FundingListFirstPages(lang)
            .Select(first => (First: first, Form: corpus.Parse(first).QuerySelector("form.narrow")))
            .Where(l => l.Form is not null)
            .ToArray();
        Assert.True(forms.Length > 10, $"only {forms.Length} lists can be narrowed");
        var checkedChoices = 0;
        foreach (var (first, form) in forms)
        {
            // The file beside the list's first page, its address naming the options it was written for.
            var address = form!.GetAttribute("data-totals")!.Split("?options=");
            var file = PagedCorpusFixture.ToFile(address[0]);
            Assert.Equal(first[..^"index.html".Length] + PageBuilder.NarrowTotalsFile, file);
            Assert.Matches("^[0-9a-f]{12}$", address[1]);
            var totals = System.Text.Json.JsonDocument.Parse(corpus.Files[file]).RootElement;

            var ids = form.GetAttribute("data-pages")!.Split(' ')
                .SelectMany(page => corpus.Parse(PagedCorpusFixture.ToFile(page)).QuerySelectorAll("ol.compact-list > li"))
                .Select(row => row.GetAttribute("data-id")!).ToArray();
            // Each select's values in order, "All" ("") first: a choice is keyed by the places of its options.
            var selects = form.QuerySelectorAll("select")
                .Select(s => (Name: s.GetAttribute("name")!, Values: s.QuerySelectorAll("option").Select(o => o.GetAttribute("value")!).ToList()))
                .ToArray();
            var listYear = Regex.Match(first, @"funding/year/(\d{4})/") is { Success: true } y ? y.Groups[1].Value : null;

            // The choices that show some figure: in each select "All" or one of a figure's keys; not "All" everywhere.
            var expected = ids.SelectMany(id => selects.Aggregate(
                    new[] { Array.Empty<int>() }.AsEnumerable(),
                    (choices, select) => choices.SelectMany(c => KeysOf(id, select.Name).Distinct().Select(k => c.Append(select.Values.IndexOf(k)).ToArray()).Prepend(c.Append(0).ToArray()))))
                .Where(c => c.Any(place => place > 0))
                .Select(c => string.Join('.', c))
                .ToHashSet();
            var choicesOf = totals.GetProperty("choices");
            Assert.Equal(expected.Order(StringComparer.Ordinal), choicesOf.EnumerateObject().Select(p => p.Name).Order(StringComparer.Ordinal));
            var entries = totals.GetProperty("totals").EnumerateArray().ToArray();
            Assert.Equal(entries.Length, entries.Select(e => e.GetRawText()).Distinct().Count());

            foreach (var choice in choicesOf.EnumerateObject())
            {
                var chosen = choice.Name.Split('.').Select((place, d) => (selects[d].Name, Key: selects[d].Values[int.Parse(place, CultureInfo.InvariantCulture)])).Where(c => c.Key.Length > 0).ToArray();
                var shown = ids.Where(id => chosen.All(c => KeysOf(id, c.Name).Contains(c.Key))).ToHashSet();
                // A part whose whole is shown too is not added again.
                var counted = shown.Where(id => !shown.Contains(byId[id]["Part Of"])).ToArray();
                var entry = entries[choice.Value.GetInt32()].EnumerateArray().ToArray();
                Assert.Equal(shown.Count, entry[0].GetInt32());
                var value = counted.Sum(id => long.Parse(byId[id]["Amount Awarded"], CultureInfo.InvariantCulture));
                Assert.Equal(value, entry[2].GetInt64());
                Assert.Equal(lang == "" ? value.ToString("N0", CultureInfo.InvariantCulture) + "원" : "KRW " + value.ToString("N0", CultureInfo.InvariantCulture), entry[4].GetString());
                var label = entry[1].GetString()!;
                Assert.Matches(lang == "" ? $" · {shown.Count:N0}건" : $" · {shown.Count:N0} figures?", label);
                var parts = shown.Count - counted.Length;
                Assert.Equal(parts > 0, label.Contains(lang == "" ? "그중" : " of them", StringComparison.Ordinal));
                if (parts > 0)
                {
                    Assert.Contains(lang == "" ? $"그중 {parts:N0}건은" : $", {parts:N0} of them", label, StringComparison.Ordinal);
                }

                // With a year chosen, or on a year's list, the money of that year in the figures counted.
                var year = chosen.FirstOrDefault(c => c.Name == "year").Key ?? listYear;
                var yearly = year is null ? [] : counted.Select(YearlyOf).Where(b => b.ContainsKey(year)).Select(b => b[year]).ToArray();
                Assert.Equal(yearly.Length == 0 ? null : (long?)yearly.Sum(), entry.Length > 5 ? entry[6].GetInt64() : (long?)null);
                checkedChoices++;
            }
        }

        Assert.True(checkedChoices > 500, $"only {checkedChoices} choices");
    }

    private static readonly string[] Dimensions = ["hub", "funder-kind", "status", "year"];

    /// <summary>A figure's keys in a dimension of narrowing, read from its row of the open data's CSV.</summary>
    private static string[] CsvKeys(IReadOnlyDictionary<string, string> row, string dimension) => dimension switch
    {
        "hub" => row["Beneficiary Location:Identifier"].Split("; ", StringSplitOptions.RemoveEmptyEntries),
        "funder-kind" => [row["Funder Kind"]],
        "status" => [row["Status"]],
        _ => [.. CsvYearly(row).Keys],
    };

    /// <summary>The rows of the open data's funding table of the corpus's site.</summary>
    private List<Dictionary<string, string>> FundingCsv() => OpenDataTests.ReadCsv(corpus.Files["data/funding.csv"]).Records;

    /// <summary>The rows of the open data's funding table, by the figure's id.</summary>
    private Dictionary<string, Dictionary<string, string>> FundingCsvById() => FundingCsv().ToDictionary(r => r["Identifier"]);

    /// <summary>
    /// The first page of every list of figures of an edition: all figures, the facets, and the organisations' and
    /// programmes' own lists.
    /// </summary>
    private IEnumerable<string> FundingListFirstPages(string lang) =>
        corpus.Files.Keys.Where(k => k.StartsWith(lang, StringComparison.Ordinal) && FundingListFirstPage().IsMatch(k[lang.Length..]));

    /// <summary>The money of each year a figure's yearly split names, from its CSV row ("2024=230000000; …").</summary>
    private static Dictionary<string, long> CsvYearly(IReadOnlyDictionary<string, string> row) =>
        row["Breakdown"].Split("; ", StringSplitOptions.RemoveEmptyEntries).Select(b => b.Split('='))
            .Where(b => b[0].Length == 4 && b[0].All(char.IsAsciiDigit))
            .ToDictionary(b => b[0], b => long.Parse(b[1], CultureInfo.InvariantCulture));

    [GeneratedRegex(@"\((\d+)(건)?\)$")]
    private static partial Regex OptionCount();

    [GeneratedRegex(@"^(funding/all|funding/(hub|funder-kind|status|year)/[^/]+|partners/[^/]+/funding|programs/[^/]+/funding)/index\.html$")]
    private static partial Regex FundingListFirstPage();

    [GeneratedRegex(@"^funding/(hub|funder-kind|status|year)/[^/]+/index\.html$")]
    private static partial Regex FacetFirstPage();
}
