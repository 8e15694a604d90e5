using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using System.Xml.Linq;
using AngleSharp.Dom;
using AngleSharp.Html.Dom;
using Hubwatch.Tests.Support;

namespace Hubwatch.Tests.Rendering;

/// <summary>
/// A page per funding figure and per agreement, in both languages: each record of portal.json has one, every link to a
/// record's page resolves, and the sitemap, feed, CSV and search index point to them.
/// </summary>
[Collection(PortalCollection.Name)]
public sealed partial class RecordPageTests(PortalFixture portal)
{
    private const string Base = PortalFixture.BasePath;

    private JsonNode Portal => JsonNode.Parse(portal.Files["data/portal.json"])!;

    [Theory]
    [InlineData("funding", 8)]
    [InlineData("agreements", 15)]
    public void Every_record_in_portal_json_has_its_page_in_both_languages(string kind, int count)
    {
        var records = Portal[kind]!.AsArray();
        Assert.Equal(count, records.Count);
        foreach (var record in records)
        {
            var id = (string)record!["id"]!;
            foreach (var language in new[] { "ko", "en" })
            {
                var url = (string)record["url"]![language]!;
                var path = (language == "en" ? "en/" : "") + kind + "/" + id + "/index.html";
                Assert.Equal(path, ToPath(url));
                var page = portal.Page(path);
                Assert.Equal(language, page.DocumentElement.GetAttribute("lang"));
                Assert.Equal(url, page.QuerySelector("link[rel=canonical]")!.GetAttribute("href"));
                Assert.Equal((string)record["title"]![language]!, page.QuerySelector("h1")!.ChildNodes[0].TextContent.Trim());
                Assert.NotNull(page.QuerySelector("script[type='application/ld+json']"));
            }
        }
    }

    [Theory]
    [InlineData("en/", "editors' reading", "Of which in 2026, as the editors read the yearly split of a source:", "Of which in 2025:")]
    [InlineData("", "편집자의 해석", "그중 2026년 금액(출처의 연도별 나눔을 편집자가 읽은 것):", "그중 2025년 금액:")]
    public void A_breakdown_line_the_editors_read_is_marked_on_its_figure_and_its_years_list(string lang, string tag, string year2026, string year2025)
    {
        // The plan's table prints no '26 column: its last 2.3 is 2026's by the editors' reading of the subtotal.
        var page = portal.Page($"{lang}funding/jeonju-financial-hub-plan-budget/index.html");
        var marked = page.QuerySelectorAll("table.breakdown-table tbody th").Where(th => th.QuerySelector(".tag") is not null).ToList();
        Assert.Equal($"2026 {tag}", Collapse(Assert.Single(marked).TextContent));
        Assert.Equal("#notes-heading", page.QuerySelector("#breakdown-heading + p.note a")!.GetAttribute("href"));
        Assert.Null(portal.Page($"{lang}funding/hydrogen-pilot-city-total/index.html").QuerySelector("table.breakdown-table .tag"));

        Assert.Equal(year2026, Collapse(portal.Page($"{lang}funding/year/2026/index.html").QuerySelector("p.year-total")!.FirstChild!.TextContent));
        Assert.Equal(year2025, Collapse(portal.Page($"{lang}funding/year/2025/index.html").QuerySelector("p.year-total")!.FirstChild!.TextContent));
        Assert.Contains(Portal["funding"]!.AsArray().Single(f => (string)f!["id"]! == "jeonju-financial-hub-plan-budget")!["breakdown"]!.AsArray(), b => (bool)b!["read_by_editors"]! && (int?)b["year"] == 2026);
    }

    [Fact]
    public void A_figures_hub_kind_or_funder_read_by_the_editors_is_marked_where_its_page_states_it_and_nowhere_else()
    {
        var marked = 0;
        foreach (var figure in Portal["funding"]!.AsArray())
        {
            var id = (string)figure!["id"]!;
            var reads = figure["editors_readings"]!.AsArray().SelectMany(r => r!["reads"]!.AsArray().Select(x => (string)x!)).ToHashSet(StringComparer.Ordinal);
            foreach (var (lang, mark) in new[] { ("en/", "The editors' reading of the sources."), ("", "출처를 편집자가 읽어 정한 것입니다.") })
            {
                var facts = portal.Page($"{lang}funding/{id}/index.html").QuerySelectorAll("dl.record-facts > div").ToList();
                foreach (var (fact, reading) in new[] { (0, "funder-kind"), (1, "funder"), (2, "hub") })
                {
                    // The kind, the funders and the hubs, in the order the page gives them after the stage.
                    var dd = facts.Where(d => d.QuerySelector("dt")!.TextContent is "Funder kind" or "Funders" or "Hub" or "Hubs" or "재원 구분" or "재원 주체" or "거점").ElementAt(fact).QuerySelector("dd")!;
                    var notes = dd.QuerySelectorAll("span.split-note").Where(n => n.TextContent.StartsWith(mark, StringComparison.Ordinal)).ToList();
                    Assert.True(notes.Count == (reads.Contains(reading) ? 1 : 0), $"{lang}funding/{id}/: {reading} read: {reads.Contains(reading)}, marks: {notes.Count}");
                    if (notes.Count == 1)
                    {
                        Assert.Equal("#notes-heading", notes[0].QuerySelector("a")!.GetAttribute("href"));
                        marked++;
                    }
                }
            }
        }

        // The carbon budget's hub and the 1 trillion's, the 1 trillion's kind, the 6.3 billion's and the 14.5 billion's funder.
        Assert.Equal(2 * 6, marked);
    }

    [Theory]
    [InlineData("en/hubs/jeonju/index.html", "Funders: Pine & Partners Asset Management, other investors the source does not name")]
    [InlineData("hubs/jeonju/index.html", "재원 주체: 파인앤파트너스자산운용, 이름이 나오지 않은 다른 투자자")]
    [InlineData("en/partners/pine-and-partners-asset-management/index.html", "Funders: Pine & Partners Asset Management, other investors the source does not name")]
    public void A_list_row_names_every_funder_of_a_figure_and_the_others_its_source_leaves_unnamed(string path, string funders)
    {
        // The source writes "파인앤파트너스자산운용 등 투자 주관사": a row that named Pine & Partners alone credited it with all of it.
        var row = portal.Page(path).GetElementById("f-jeonbuk-digital-finance-investment")!;
        Assert.Equal(funders, row.QuerySelector("span.funder")!.TextContent.Trim());
        var jeonjuCity = portal.Page("en/hubs/jeonju/index.html").GetElementById("f-jeonju-financial-hub-plan-budget")!;
        Assert.Equal("Funder: Jeonju City", jeonjuCity.QuerySelector("span.funder")!.TextContent.Trim());
    }

    [Fact]
    public void Every_link_to_a_record_page_resolves_and_every_place_that_shows_a_record_links_to_it()
    {
        var links = portal.Pages
            .SelectMany(p => p.Value.QuerySelectorAll("[href]").Select(a => (From: p.Key, Href: a.GetAttribute("href")!)))
            .Where(l => RecordLink().IsMatch(l.Href))
            .ToList();
        foreach (var (from, href) in links)
        {
            var hash = href.IndexOf('#');
            var path = (hash < 0 ? href : href[..hash])[Base.Length..] + "index.html";
            Assert.True(portal.Pages.ContainsKey(path), $"{from} links to {href}, which is no page");
            if (hash >= 0)
            {
                Assert.NotNull(portal.Page(path).GetElementById(href[(hash + 1)..]));
            }
        }

        string[] Targets(string page, string selector) => [.. portal.Page(page).QuerySelectorAll(selector).Select(a => a.GetAttribute("href")!)];
        var figures = Portal["funding"]!.AsArray().Select(f => Base + "funding/" + (string)f!["id"]! + "/").ToHashSet();
        var agreements = Portal["agreements"]!.AsArray().Select(a => Base + "agreements/" + (string)a!["id"]! + "/").ToHashSet();

        // Each line of the list of every figure, each event of the timeline and of the home page's latest, each bar of the largest figures.
        Assert.Equal(figures, Targets("funding/all/index.html", "ol.compact-list > li > a").ToHashSet());
        Assert.Equal(agreements, Targets("timeline/index.html", "article.event h3 > a").ToHashSet());
        Assert.Equal(6, Targets("index.html", "article.event h3 > a").Intersect(agreements).Count());
        var bars = Targets("funding/index.html", "section.largest svg.chart a.bar-link");
        Assert.Equal(6, bars.Length);
        Assert.All(bars, b => Assert.Contains(b, figures));
        Assert.Equal(Base + "funding/jeonbuk-digital-finance-investment/", bars[0]);

        // A bar of the totals by hub links to the hub's figures (its facet); a bar of a group of hubs has no one page to go to.
        Assert.Equal([Base + "funding/hub/jeonju/", Base + "funding/hub/gwangju/"], Targets("funding/index.html", "#by-hub-heading ~ svg.chart a.bar-link"));

        // A hub's funding rows and events, a partner's and a program's.
        Assert.Contains(Base + "funding/jeonju-financial-hub-plan-budget/", Targets("hubs/jeonju/index.html", "table.funding-table a.row-title"));
        Assert.Contains(Base + "agreements/jeonbuk-digital-finance-mou-2023/", Targets("hubs/jeonju/index.html", "article.event h3 > a"));
        Assert.Contains(Base + "funding/hydrogen-pilot-city-national-funds/", Targets("partners/molit/index.html", "table.funding-table a.row-title"));
        Assert.Contains(Base + "funding/hydrogen-pilot-city-total/", Targets("programs/hydrogen-pilot-city/index.html", "table.funding-table a.row-title"));
        Assert.Contains(Base + "en/agreements/jeonbuk-digital-finance-mou-2023/", Targets("en/partners/national-pension-service/index.html", "article.event h3 > a"));
    }

    [Theory]
    // The hydrogen budget's period ended in 2022: "Planned" is what a source of January 2020 said, not news of today;
    // that source's date is the editors' own reading of it, and the page says so.
    [InlineData("en/funding/hydrogen-pilot-city-total/index.html", "PlannedAs the sources gave it; the latest of them is dated 30 January 2020 (date by the editors). It stays so until a source says otherwise.")]
    [InlineData("funding/hydrogen-pilot-city-total/index.html", "계획2020년 1월 30일 (편집자 추정 날짜) 출처에 적힌 단계입니다. 다른 출처가 달리 말하기 전까지 그대로입니다.")]
    [InlineData("en/funding/digital-innovation-hub-national-funds-2024/index.html", "AnnouncedAs the sources gave it; the latest of them is dated 13 May 2024. It stays so until a source says otherwise.")]
    // "Spent" for the money the plan lists as 기투자 (already invested) is the editors' reading, not a stage a source gives.
    [InlineData("en/funding/jeonju-financial-hub-plan-already-invested/index.html", "SpentThe editors' reading of the sources; the latest of them is dated 2022 (date by the editors). It stays so until a source says otherwise. Why they read it so")]
    [InlineData("funding/jeonju-financial-hub-plan-already-invested/index.html", "집행2022년 (편집자 추정 날짜) 출처를 편집자가 읽어 정한 단계입니다. 다른 출처가 달리 말하기 전까지 그대로입니다. 그렇게 읽은 근거")]
    public void A_figures_stage_says_the_date_of_the_sources_that_give_it_and_whether_the_editors_read_it(string path, string stage)
    {
        var status = portal.Page(path).QuerySelectorAll("dl.record-facts > div").First();
        Assert.Equal(stage, status.QuerySelector("dd")!.TextContent.Trim());
        if (status.QuerySelector("dd a") is { } why)
        {
            Assert.Equal("#notes-heading", why.GetAttribute("href"));
            Assert.NotNull(portal.Page(path).GetElementById("notes-heading"));
        }
    }

    [Theory]
    [InlineData("en/")]
    [InlineData("")]
    public void A_years_list_names_the_figures_whose_period_includes_the_year_but_that_have_no_yearly_breakdown(string lang)
    {
        // 2024 is the carbon budget's last year ("until 2024") and the first of the 6.3 billion won's three; neither says
        // how much falls in 2024, so neither is on the list, and the list says so and links them, largest first. The
        // 1 trillion won runs "until 2027" from a start no source gives, said in 2023: 2024 may be one of its years.
        var page = portal.Page(lang + "funding/year/2024/index.html");
        string[] Named(IParentNode list) => [.. list.QuerySelectorAll("details.not-by-year li a").Select(a => a.GetAttribute("href")!.Replace(Base + lang + "funding/", "", StringComparison.Ordinal).TrimEnd('/'))];
        var listed = page.QuerySelectorAll("ol.compact-list > li").Select(li => li.GetAttribute("data-id")!).ToArray();

        Assert.Equal(["jeonbuk-digital-finance-investment", "carbon-national-industrial-complex-budget", "digital-innovation-hub-national-funds-2024"], Named(page));
        Assert.Equal(["jeonju-financial-hub-plan-budget"], listed);
        Assert.StartsWith(lang == "" ? "기간에 이 해가 들어 있거나 들어 있을 수 있지만 이 목록에 없는 재원 3건" : "3 figures whose period includes or may include this year are not on this list", page.QuerySelector("details.not-by-year summary")!.TextContent, StringComparison.Ordinal);
        var items = page.QuerySelectorAll("details.not-by-year li").Select(li => Collapse(li.TextContent)).ToArray();
        Assert.Contains(lang == "" ? "(2027년까지. 시작 연도가 나오지 않아 이 해가 들어가는지 알 수 없음)" : "(until 2027; its start is not given, so it may or may not include this year)", items[0], StringComparison.Ordinal);
        Assert.DoesNotContain("(", items[1].Replace("(177 billion won)", "", StringComparison.Ordinal).Replace("(1770억원)", "", StringComparison.Ordinal), StringComparison.Ordinal);

        // 2022 is the hydrogen budget's last year: the whole is named, not its 145억 part as well; the carbon budget,
        // said in 2020 to run until 2024, may include it.
        Assert.Equal(["carbon-national-industrial-complex-budget", "hydrogen-pilot-city-total"], Named(portal.Page(lang + "funding/year/2022/index.html")));
        // 2023 lies inside no stated period, but in two with one end unknown.
        Assert.Equal(["jeonbuk-digital-finance-investment", "carbon-national-industrial-complex-budget"], Named(portal.Page(lang + "funding/year/2023/index.html")));
    }

    [Fact]
    public void A_folded_notes_first_sentence_does_not_end_inside_a_date()
    {
        // "입력날짜 2021. 01.27." is a date written with full stops, not the end of the note's first sentence.
        var gists = portal.Page("timeline/index.html").QuerySelectorAll(".editors-note .gist").Select(g => g.TextContent).ToArray();

        Assert.Contains("원문의 날짜가 엇갈린다(페이지 머리 2021년 2월 25일, 입력날짜 2021. 01.27.)", gists);
        Assert.DoesNotContain(gists, g => g.EndsWith("입력날짜 2021", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("en/funding/jeonju-financial-hub-plan-budget/index.html", "Editors' note The yearly budget table")]
    [InlineData("agreements/jeonbuk-digital-finance-mou-2023/index.html", "편집자 주")]
    public void A_records_own_page_shows_its_editors_note_whole(string path, string start)
    {
        var section = portal.Page(path).GetElementById("notes-heading")!.ParentElement!;
        var note = section.QuerySelector(".editors-note")!;

        Assert.Equal("DIV", note.TagName);
        Assert.Null(note.QuerySelector("details, summary"));
        Assert.StartsWith(start, note.TextContent.Trim(), StringComparison.Ordinal);
    }

    [Fact]
    public void A_funding_page_shows_the_amount_funders_hubs_and_quotes_of_the_figure()
    {
        var page = portal.Page("funding/jeonbuk-digital-finance-investment/index.html");
        var amount = page.QuerySelector(".record-amount data.money")!;
        Assert.Equal("1000000000000", amount.GetAttribute("value"));
        Assert.Equal("1조 원", amount.TextContent);
        Assert.Equal("1,000,000,000,000원", amount.GetAttribute("title"));
        Assert.Contains("1조원", page.QuerySelector(".as-written")!.TextContent);

        // One named funder and others the source does not name: "파인앤파트너스자산운용 등 투자 주관사".
        var funders = Fact(page, "재원 주체");
        Assert.Equal([Base + "partners/pine-and-partners-asset-management/"], funders.QuerySelectorAll("a").Select(a => a.GetAttribute("href")));
        Assert.Contains("이름이 나오지 않은 다른 투자자", funders.TextContent);
        Assert.Contains("몫은 출처 문서에 나오지 않습니다", funders.TextContent);
        // The hub is the editors' reading: its note links to why, apart from the hub's own link.
        Assert.Equal([Base + "hubs/jeonju/"], Fact(page, "거점").QuerySelectorAll("a").Where(a => a.Closest(".split-note") is null).Select(a => a.GetAttribute("href")));
        Assert.Equal("출처를 편집자가 읽어 정한 것입니다. 그렇게 읽은 근거", Collapse(Fact(page, "거점").QuerySelector(".split-note")!.TextContent));

        // Each quote the record cites is in a highlighted passage of its source that the page's list of sources links
        // to, and a quote with a passage of its own is listed word for word.
        var record = Portal["funding"]!.AsArray().Single(f => (string)f!["id"]! == "jeonbuk-digital-finance-investment")!;
        var cited = record["sources"]!.AsArray().Select(c => Collapse((string)c!["quote"]!)).ToArray();
        Assert.Equal(6, cited.Length);
        var source = portal.Page("sources/000_42d1823d9c141a6c/index.html");
        var notes = page.QuerySelectorAll(".page-sources li").Select(li => (Quote: li.QuerySelector("q")!.TextContent, Href: li.QuerySelector("a")!.GetAttribute("href")!)).ToArray();
        string Passage(string href)
        {
            Assert.StartsWith(Base + "sources/000_42d1823d9c141a6c/#", href);
            var mark = source.GetElementById(href[(href.IndexOf('#') + 1)..])!;
            Assert.Equal("MARK", mark.TagName);
            return Collapse(mark.TextContent);
        }

        Assert.All(cited, quote => Assert.Contains(notes, n => Passage(n.Href).Contains(quote, StringComparison.Ordinal)));
        Assert.Contains(notes, n => n.Quote == "펀드 등 포함 2027년까지 1조원 투자" && Passage(n.Href) == n.Quote);
        Assert.Subset(notes.Select(n => n.Href).ToHashSet(), page.QuerySelectorAll(".record-amount a.cite").Select(a => a.GetAttribute("href")!).ToHashSet());

        var grant = JsonLd(page)[0];
        Assert.Equal("MonetaryGrant", grant.GetProperty("@type").GetString());
        Assert.Equal(page.QuerySelector("link[rel=canonical]")!.GetAttribute("href"), grant.GetProperty("url").GetString());
        Assert.Equal("KRW", grant.GetProperty("amount").GetProperty("currency").GetString());
        Assert.Equal(1_000_000_000_000, grant.GetProperty("amount").GetProperty("value").GetInt64());
        Assert.Equal("파인앤파트너스자산운용", grant.GetProperty("funder").GetProperty("name").GetString());
    }

    [Theory]
    [InlineData("timeline/index.html", "agreements/jeonbuk-cloud-council-2023/index.html")]
    [InlineData("en/hubs/jeonju/index.html", "en/funding/jeonbuk-digital-finance-investment/index.html")]
    public void In_a_list_the_editors_readings_are_folded_to_their_first_line_and_a_records_page_shows_them_whole(string listPath, string recordPath)
    {
        var folded = portal.Page(listPath).QuerySelectorAll("details.inference-folded");
        Assert.NotEmpty(folded);
        Assert.All(folded, reading =>
        {
            Assert.False(reading.HasAttribute("open"));
            var items = reading.QuerySelectorAll("li");
            Assert.NotEmpty(items);
            Assert.Equal(items[0].QuerySelector("p")!.ChildNodes[0].TextContent, reading.QuerySelector("summary .gist")!.TextContent);
            Assert.NotNull(items[0].QuerySelector(".inference-reasoning"));
        });

        var record = portal.Page(recordPath);
        Assert.Empty(record.QuerySelectorAll("details.inference-folded"));
        var shown = record.QuerySelector("div.inference[role=note]")!;
        Assert.NotEmpty(shown.QuerySelectorAll("li .inference-reasoning"));
    }

    [Theory]
    [InlineData("", "웹 페이지 표시 코드")]
    [InlineData("en/", "web page markup")]
    public void A_source_whose_text_holds_web_page_markup_says_it_is_shown_as_received(string lang, string said)
    {
        static string Notes(AngleSharp.Html.Dom.IHtmlDocument page) => string.Join(" ", page.QuerySelectorAll("#text-heading ~ p.note").Select(p => p.TextContent));

        var plan = portal.Page($"{lang}sources/003_0a94cbcd82582a06/index.html");
        Assert.Contains("<ul style=", plan.QuerySelector(".seed-text")!.TextContent, StringComparison.Ordinal);
        Assert.Contains(said, Notes(plan), StringComparison.Ordinal);

        // A source without markup says nothing of it.
        var release = portal.Page($"{lang}sources/004_827615ef6795187c/index.html");
        Assert.DoesNotContain("<", release.QuerySelector(".seed-text")!.TextContent, StringComparison.Ordinal);
        Assert.DoesNotContain(said, Notes(release), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("", "다른 곳과 함께 받는 재원")]
    [InlineData("en/", "Funding it receives with others")]
    public void An_organisation_a_figure_is_shared_with_lists_it_apart_from_what_it_provides(string lang, string heading)
    {
        // Wanju provides none of the hydrogen money; both figures name it as a place the money also goes to.
        var page = portal.Page(lang + "partners/wanju-county/index.html");
        var title = page.GetElementById("shared-funding-heading")!;
        Assert.Equal(heading, title.TextContent);
        Assert.Equal(
            [Base + lang + "funding/hydrogen-pilot-city-total/", Base + lang + "funding/hydrogen-pilot-city-national-funds/"],
            title.ParentElement!.QuerySelectorAll("a.row-title").Select(a => a.GetAttribute("href")));
        Assert.Null(page.GetElementById("funding-heading"));
        Assert.Contains(page.QuerySelectorAll("nav.page-toc a"), a => a.GetAttribute("href") == "#shared-funding-heading");

        // The land ministry provides the national funds: its page lists them as its own, and has nothing shared.
        var molit = portal.Page(lang + "partners/molit/index.html");
        Assert.Null(molit.GetElementById("shared-funding-heading"));
        Assert.Contains(Base + lang + "funding/hydrogen-pilot-city-national-funds/", molit.QuerySelectorAll("#funding-heading ~ * a.row-title, #funding-heading ~ * * a.row-title").Select(a => a.GetAttribute("href")));
    }

    [Fact]
    public void An_organisation_that_receives_more_figures_than_its_page_shows_links_the_paged_list_of_them_all()
    {
        // A generated portal whose first twenty-three figures are each shared with one more place, which provides none.
        using var project = new TempProject();
        Hubwatch.Bench.Corpus.HubwatchWriter.Write(new Hubwatch.Bench.Corpus.CorpusBuilder(seed: 5, size: 60).Build(), project.Root);
        project.Write("content/partners/test-shared-place.yaml", "id: test-shared-place\nname: { ko: 시험공동지역, en: Test Shared Place }\ntype: local-government\neditorial: true\n");
        foreach (var file in Directory.GetFiles(Path.Combine(project.Content, "funding"), "*.yaml").Order(StringComparer.Ordinal).Take(23))
        {
            File.AppendAllText(file, "\nshared_with: [test-shared-place]\n");
        }

        var result = project.Run("build", "--quiet", "--base-path", "/p/");
        Assert.True(result.ExitCode == 0, result.Stderr);
        var parser = new AngleSharp.Html.Parser.HtmlParser();
        var files = project.SiteFiles();
        IHtmlDocument Page(string path) => parser.ParseDocument(System.Text.Encoding.UTF8.GetString(files[path]));

        foreach (var (lang, link) in new[] { ("", "23건"), ("en/", "All 23 figures") })
        {
            var section = Page(lang + "partners/test-shared-place/index.html").GetElementById("shared-funding-heading")!.ParentElement!;
            Assert.Equal(Hubwatch.Model.PageBuilder.RecordPageFunding, section.QuerySelectorAll("a.row-title").Length);
            var all = section.QuerySelector("p.more-funding a")!;
            Assert.Contains(link, all.TextContent);
            Assert.Equal("/p/" + lang + "partners/test-shared-place/shared-funding/", all.GetAttribute("href"));

            var list = Page(lang + "partners/test-shared-place/shared-funding/index.html");
            Assert.Equal(23, list.QuerySelectorAll("ol.compact-list > li").Length);
            Assert.Equal("/p/" + lang + "partners/test-shared-place/", list.QuerySelectorAll("nav.crumbs a").Last().GetAttribute("href"));
        }

        // An organisation that receives nothing with others has no such list.
        Assert.Single(files.Keys, k => k.EndsWith("/shared-funding/index.html", StringComparison.Ordinal) && !k.StartsWith("en/", StringComparison.Ordinal));
    }

    [Fact]
    public void A_whole_lists_its_parts_and_a_part_links_its_whole_in_both_languages()
    {
        var whole = portal.Page("en/funding/hydrogen-pilot-city-total/index.html");
        var part = whole.QuerySelector("section[aria-labelledby=parts-heading] table.funding-table a.row-title")!;
        Assert.Equal(Base + "en/funding/hydrogen-pilot-city-national-funds/", part.GetAttribute("href"));
        Assert.Equal("32000000000", whole.QuerySelector(".record-amount data")!.GetAttribute("value"));
        // Shared with Wanju, which is no hub here, with no stated split.
        var places = Fact(whole, "Hub");
        Assert.Equal([Base + "en/hubs/jeonju/", Base + "en/partners/wanju-county/"], places.QuerySelectorAll("a").Select(a => a.GetAttribute("href")));
        Assert.Contains("do not state the split", places.TextContent);

        var page = portal.Page("en/funding/hydrogen-pilot-city-national-funds/index.html");
        var link = page.QuerySelector("section[aria-labelledby=whole-heading] a")!;
        Assert.Equal(Base + "en/funding/hydrogen-pilot-city-total/", link.GetAttribute("href"));
        Assert.Equal("32000000000", link.ParentElement!.QuerySelector("data")!.GetAttribute("value"));
        Assert.Equal([Base + "en/partners/molit/"], Fact(page, "Funders").QuerySelectorAll("a").Where(a => a.Closest(".split-note") is null).Select(a => a.GetAttribute("href")));
    }

    [Theory]
    [InlineData("en/", "Funder kind", "Funders", "National: KRW 14.5 billion|Funder not stated: KRW 17.5 billion", "Ministry of Land, Infrastructure and Transport: KRW 14.5 billion|Not stated in the sources: KRW 17.5 billion")]
    [InlineData("", "재원 구분", "재원 주체", "국비: 145억 원|재원 미상: 175억 원", "국토교통부: 145억 원|출처 문서에 나오지 않음: 175억 원")]
    public void A_whole_whose_part_has_its_own_kind_and_funder_says_how_much_each_gives(string lang, string kindLabel, string fundersLabel, string kinds, string funders)
    {
        // "국비 145억원 등 총 320억원": the whole names no funder and no kind, but its part does; the page must not say
        // of all 320억 that no source states them.
        var whole = portal.Page(lang + "funding/hydrogen-pilot-city-total/index.html");
        Assert.Equal(kinds.Split('|'), Fact(whole, kindLabel).QuerySelectorAll(".money-split li").Select(li => Collapse(li.TextContent)));
        var named = Fact(whole, fundersLabel);
        Assert.Equal(funders.Split('|'), named.QuerySelectorAll(".money-split li").Select(li => Collapse(li.TextContent)));
        Assert.Equal([Base + lang + "partners/molit/"], named.QuerySelectorAll("a").Select(a => a.GetAttribute("href")));

        // A whole whose part is of its own kind (Jeonju's budget and what it has already invested, both municipal) has one kind.
        var budget = portal.Page(lang + "funding/jeonju-financial-hub-plan-budget/index.html");
        Assert.Null(Fact(budget, kindLabel).QuerySelector(".money-split"));
        Assert.Null(Fact(budget, fundersLabel).QuerySelector(".money-split"));
    }

    [Fact]
    public void An_agreement_page_lists_every_party_with_what_it_undertakes_and_describes_the_event()
    {
        var page = portal.Page("agreements/jeonbuk-digital-finance-mou-2023/index.html");
        Assert.Equal("2023-11-20", page.QuerySelector(".kicker time")!.GetAttribute("datetime"));
        Assert.Equal([Base + "hubs/jeonju/"], Fact(page, "거점").QuerySelectorAll("a").Select(a => a.GetAttribute("href")));
        Assert.Equal(15, page.QuerySelectorAll(".party-list a.party-name").Length);
        var groups = page.QuerySelectorAll(".party-list li").ToArray();
        Assert.All(groups, p => Assert.NotEmpty(p.QuerySelector("p")!.TextContent.Trim()));

        // Seven parties the article gives one role jointly are named together above it, said once; so are the six it
        // gives none. No two entries say the same.
        var joint = Assert.Single(groups, g => g.QuerySelectorAll("a.party-name").Any(a => a.GetAttribute("href") == Base + "partners/national-pension-service/"));
        Assert.Equal(7, joint.QuerySelectorAll("a.party-name").Length);
        Assert.StartsWith("(기사가 \"지자체와 지역 각 공공기관\"에 공통으로 적은 역할)", Collapse(joint.QuerySelector("p")!.TextContent));
        var none = Assert.Single(groups, g => g.QuerySelector("p")!.TextContent.Trim() == "출처 문서에 이 기관들의 역할은 따로 나오지 않습니다.");
        Assert.Equal(6, none.QuerySelectorAll("a.party-name").Length);
        Assert.Equal(groups.Length, groups.Select(g => g.QuerySelector("p")!.TextContent).Distinct().Count());

        var agreement = JsonLd(page)[0];
        Assert.Equal("Event", agreement.GetProperty("@type").GetString());
        Assert.Equal("2023-11-20", agreement.GetProperty("startDate").GetString());
        Assert.Equal(15, agreement.GetProperty("organizer").GetArrayLength());
        Assert.EndsWith(Base + "hubs/jeonju/", agreement.GetProperty("location").GetProperty("url").GetString());

        // The page sits in the timeline's section of the navigation.
        Assert.Equal(Base + "timeline/", page.QuerySelector(".site-nav a[aria-current]")!.GetAttribute("href"));
    }

    [Theory]
    [InlineData("agreements/gwangju-j-shangri-la-medical-investment-2021/index.html", "gwangju-city", "출처에는 없고 편집자가 추가")]
    [InlineData("en/agreements/busan-centum-city-digital-innovation-hub-selection-2023/index.html", "msit", "added by the editors, no source names it")]
    public void A_party_the_editors_added_without_a_source_is_marked_as_theirs_and_left_out_of_structured_data(string path, string partner, string mark)
    {
        var page = portal.Page(path);
        var parties = page.QuerySelectorAll(".party-list li").ToArray();
        var added = Assert.Single(parties, p => p.QuerySelector("a")!.GetAttribute("href")!.EndsWith($"/partners/{partner}/", StringComparison.Ordinal));
        Assert.Equal(mark, added.QuerySelector(".tag")!.TextContent);
        Assert.All(parties.Except([added]), p => Assert.Null(p.QuerySelector(".tag")));

        var organizers = JsonLd(page)[0].TryGetProperty("organizer", out var list) ? list.EnumerateArray().Select(o => o.GetProperty("url").GetString()!).ToArray() : [];
        Assert.DoesNotContain(organizers, url => url.EndsWith($"/partners/{partner}/", StringComparison.Ordinal));
        Assert.Equal(parties.Length - 1, organizers.Length);
    }

    [Theory]
    [InlineData("en/funding/hydrogen-pilot-city-total/index.html", "Jeonju City, 30 January 2020 (date by the editors)")]
    [InlineData("funding/hydrogen-pilot-city-total/index.html", "전주시, 2020년 1월 30일 (편집자 추정 날짜)")]
    [InlineData("en/agreements/jeonbuk-digital-finance-mou-2023/index.html", "Segye Ilbo, 20 November 2023")]
    public void A_citation_says_when_its_sources_date_is_the_editors_and_not_otherwise(string path, string label)
    {
        var page = portal.Page(path);
        var labels = page.QuerySelectorAll(".page-sources li > a").Select(a => a.TextContent).Distinct().ToArray();
        Assert.Equal(label, Assert.Single(labels));
        Assert.All(page.QuerySelectorAll("a.cite"), a => Assert.EndsWith(": " + label, a.GetAttribute("aria-label")!, StringComparison.Ordinal));
    }

    [Fact]
    public void The_sitemap_feed_csv_and_search_index_point_to_the_record_pages()
    {
        var sitemap = XDocument.Parse(portal.Text("sitemap.xml")).Root!;
        XNamespace ns = "http://www.sitemaps.org/schemas/sitemap/0.9";
        var locations = sitemap.Elements(ns + "url").Select(u => ToPath(u.Element(ns + "loc")!.Value)).ToHashSet();

        var (_, funding) = OpenDataTests.ReadCsv(portal.Files["data/funding.csv"]);
        var (_, agreements) = OpenDataTests.ReadCsv(portal.Files["data/agreements.csv"]);
        foreach (var (kind, rows) in new[] { ("funding", funding), ("agreements", agreements) })
        {
            Assert.NotEmpty(rows);
            foreach (var row in rows)
            {
                var path = kind + "/" + row["Identifier"] + "/index.html";
                Assert.Equal(path, ToPath(row["URL"]));
                Assert.Equal(row["URL"], portal.Page(path).QuerySelector("link[rel=canonical]")!.GetAttribute("href"));
                Assert.Contains(path, locations);
                Assert.Contains("en/" + path, locations);
            }
        }

        XNamespace atom = "http://www.w3.org/2005/Atom";
        var entries = XDocument.Parse(portal.Text("en/feed.xml")).Root!.Elements(atom + "entry").ToList();
        Assert.Equal(15, entries.Count);
        Assert.All(entries, e => Assert.Matches("^en/agreements/[a-z0-9-]+/index.html$", ToPath(e.Element(atom + "id")!.Value)));

        var urls = SearchFiles.Documents(SearchFiles.Read(portal.Files, "search/")).Select(d => d.Entry.Url).ToList();
        Assert.Contains(Base + "funding/hydrogen-pilot-city-total/", urls);
        Assert.Contains(Base + "agreements/jeonbuk-digital-finance-mou-2023/", urls);
        Assert.DoesNotContain(urls, u => u!.Contains('#'));
    }

    /// <summary>The value of a fact in the record's list of facts, by its label.</summary>
    private static IElement Fact(IHtmlDocument page, string label) =>
        page.QuerySelectorAll(".record-facts div").Single(d => d.QuerySelector("dt")!.TextContent == label).QuerySelector("dd")!;

    private static JsonElement[] JsonLd(IHtmlDocument page) =>
        [.. JsonDocument.Parse(page.QuerySelector("script[type='application/ld+json']")!.TextContent).RootElement.GetProperty("@graph").EnumerateArray()];

    private static string Collapse(string text) => Regex.Replace(text, @"\s+", " ").Trim();

    /// <summary>The file under site/ an absolute URL of the portal points to.</summary>
    private static string ToPath(string absolute)
    {
        var path = new Uri(absolute).AbsolutePath;
        path = path[(path.IndexOf(Base, StringComparison.Ordinal) + Base.Length)..];
        return path.EndsWith('/') || path.Length == 0 ? path + "index.html" : path;
    }

    [Theory]
    [InlineData("", "당사자와 맡은 일 (2)", "참석한 기관 (4)", "(참석)", "참석한 기관: 산업통상자원부, 광주시의회, 주한노르웨이대사관, 광주상공회의소.")]
    [InlineData("en/", "Parties and what each undertakes (2)", "Guests and what they did there (4)", "(guest)", "Guests: Ministry of Trade, Industry and Energy, Gwangju Metropolitan Council, Norwegian Embassy in Korea, Gwangju Chamber of Commerce and Industry.")]
    public void An_events_guests_are_listed_apart_from_its_parties(string lang, string parties, string guests, string marked, string feedGuests)
    {
        const string Opening = "gwangju-fez-authority-opening-2021";
        var page = portal.Page($"{lang}agreements/{Opening}/index.html");
        string[] Listed(string heading) =>
            [.. page.QuerySelector(heading)!.ParentElement!.QuerySelectorAll("a.party-name").Select(a => a.GetAttribute("href")!.TrimEnd('/').Split('/')[^1])];
        Assert.Equal(parties, page.QuerySelector("#parties-heading")!.TextContent);
        Assert.Equal(["gwangju-city", "gwangju-fez-authority"], Listed("#parties-heading"));
        Assert.Equal(guests, page.QuerySelector("#guests-heading")!.TextContent);
        Assert.Equal(["motie", "gwangju-city-council", "norway-embassy", "gwangju-chamber-of-commerce"], Listed("#guests-heading"));

        // The embassy's own page marks its part as a guest's, and does not say it takes part in the programme.
        var embassy = portal.Page($"{lang}partners/norway-embassy/index.html");
        Assert.StartsWith(page.QuerySelector("a[href$='/partners/norway-embassy/']")!.TextContent + " " + marked, embassy.QuerySelector(".own-part")!.TextContent);
        Assert.Null(embassy.QuerySelector("#programs-heading"));

        // The feed names the guests apart; the open data gives each organisation's role, and the guests their own columns.
        XNamespace atom = "http://www.w3.org/2005/Atom";
        var entry = XDocument.Parse(portal.Text(lang + "feed.xml")).Root!.Elements(atom + "entry").Single(e => e.Element(atom + "id")!.Value.Contains(Opening, StringComparison.Ordinal));
        Assert.EndsWith(feedGuests, entry.Element(atom + "summary")!.Value);
        var roles = Portal["agreements"]!.AsArray().Single(a => (string)a!["id"]! == Opening)!["parties"]!.AsArray()
            .Select(p => ((string)p!["partner"]!, (string)p["role"]!)).ToArray();
        Assert.Equal([("gwangju-city", "party"), ("gwangju-fez-authority", "party"), ("motie", "guest"), ("gwangju-city-council", "guest"), ("norway-embassy", "guest"), ("gwangju-chamber-of-commerce", "guest")], roles);
        var (_, rows) = OpenDataTests.ReadCsv(portal.Files["data/agreements.csv"]);
        var row = rows.Single(r => r["Identifier"] == Opening);
        Assert.Equal(("gwangju-city; gwangju-fez-authority", "motie; gwangju-city-council; norway-embassy; gwangju-chamber-of-commerce"), (row["Parties"], row["Guests"]));
    }

    [GeneratedRegex(@"^/portal/(en/)?(funding|agreements)/[a-z0-9-]+/")]
    private static partial Regex RecordLink();
}
