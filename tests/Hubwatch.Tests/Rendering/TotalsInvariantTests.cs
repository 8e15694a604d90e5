using System.Globalization;
using AngleSharp.Dom;
using Hubwatch.Tests.Support;

namespace Hubwatch.Tests.Rendering;

/// <summary>
/// Over every page of the portal: each total equals the sum of the rows shown under it, and across hubs no figure is
/// counted twice.
/// </summary>
[Collection(PortalCollection.Name)]
public sealed class TotalsInvariantTests(PortalFixture portal)
{
    private static long Value(IElement element) => long.Parse(element.GetAttribute("value") ?? element.GetAttribute("data-value")!, CultureInfo.InvariantCulture);

    /// <summary>Every funding figure of the open data.</summary>
    private System.Text.Json.Nodes.JsonArray Funding => System.Text.Json.Nodes.JsonNode.Parse(portal.Files["data/portal.json"])!["funding"]!.AsArray();

    /// <summary>A text with each run of white space as one space, as a reader sees it.</summary>
    private static string Squeezed(string text) => string.Join(' ', text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));

    [Fact]
    public void Every_total_equals_the_sum_of_its_visible_rows_on_every_page()
    {
        var checkedTotals = 0;
        foreach (var (path, page) in portal.Pages)
        {
            foreach (var grid in page.QuerySelectorAll(".totals-grid"))
            {
                var total = Value(grid.QuerySelector(".grand-total data")!);
                foreach (var split in grid.QuerySelectorAll("dl.splits"))
                {
                    Assert.True(total == split.QuerySelectorAll("dd data").Sum(Value), $"{path}: {split.ClassName} does not add up to {total}");
                }

                foreach (var section in grid.QuerySelectorAll("section.totals-section"))
                {
                    var rows = section.QuerySelectorAll("table.totals tbody data").Sum(Value);
                    var rest = section.Id == "by-year" || section.QuerySelector("h2, h3, h4")!.Id == "by-year-heading"
                        ? grid.QuerySelectorAll(".not-by-year").Sum(Value)
                        : 0;
                    Assert.True(total == rows + rest, $"{path}: {section.QuerySelector("h2, h3, h4")!.Id} adds up to {rows} + {rest}, not {total}");
                }

                checkedTotals++;
            }
        }

        // Home, hubs, funding, every hub with figures, every funder and program with two or more, in two languages.
        Assert.True(checkedTotals >= 18, $"only {checkedTotals} totals found");
    }

    [Theory]
    [InlineData("funding/index.html", "index.html")]
    [InlineData("en/funding/index.html", "en/index.html")]
    public void No_figure_is_counted_twice_across_hubs(string fundingPage, string homePage)
    {
        var funding = portal.Page(fundingPage);
        var total = Value(funding.QuerySelector(".grand-total data")!);
        var byHub = funding.QuerySelectorAll("#by-hub-heading ~ table.totals tbody tr").ToList();
        var groups = byHub.Where(tr => tr.QuerySelector("a") is null).Sum(tr => Value(tr.QuerySelector("data")!));

        // Each hub card's own money, with shared figures left out, plus each shared group once, is the whole.
        var own = portal.Page(homePage).QuerySelectorAll(".card .card-figures div:first-child dd data").Sum(Value);
        Assert.Equal(total, own + groups);
        Assert.Equal(2, byHub.Count(tr => tr.QuerySelector("a") is null));
    }

    [Theory]
    [InlineData("", "status/planned", "Planned", "2억 4,000만 원", "1조 2,251억 7,000만 원")]
    [InlineData("en/", "status/planned", "Planned", "KRW 240 million", "KRW 1,225.17 billion")]
    [InlineData("", "funder-kind/unspecified", "Funder not stated", "145억 원", "1,945억 원")]
    [InlineData("en/", "funder-kind/unspecified", "Funder not stated", "KRW 14.5 billion", "KRW 194.5 billion")]
    public void A_stage_or_kind_list_says_how_much_of_its_total_is_in_parts_on_other_lists_and_what_the_overview_counts(
        string lang, string list, string overviewLine, string elsewhere, string alone)
    {
        var page = portal.Page($"{lang}funding/{list}/index.html");
        // The stage's or kind's own money stands right under the list's total, then the note on the parts elsewhere.
        var own = page.QuerySelector("p.list-total + p.own-total")!;
        Assert.Equal(alone, own.QuerySelector("strong")!.TextContent.Trim());
        Assert.Contains(elsewhere, own.NextElementSibling!.TextContent);

        // The money in parts not on the list, from the open data: each figure whose whole is listed and which is not.
        var listed = page.QuerySelectorAll("ol.compact-list > li").Select(li => li.GetAttribute("data-id")!).ToHashSet(StringComparer.Ordinal);
        var parts = Funding
            .Where(f => f!["part_of"] is { } whole && listed.Contains((string)whole!) && !listed.Contains((string)f["id"]!))
            .Sum(f => (long)f!["amount"]!);
        Assert.True(parts > 0, "the list has parts on other lists");

        // What is left is exactly the funding overview's line for that stage or kind of funder.
        var overview = portal.Page("en/funding/index.html");
        var line = overview.QuerySelectorAll("dl.splits-stages > div").Concat(overview.QuerySelectorAll("table.totals tbody tr"))
            .First(row => row.QuerySelector("dt, th")!.TextContent.Trim() == overviewLine);
        var total = Value(page.QuerySelector("p.list-total data")!);
        Assert.Equal(Value(line.QuerySelector("data")!), total - parts);
        Assert.Equal(Value(line.QuerySelector("data")!), Value(own.QuerySelector("data")!));
    }

    [Theory]
    [InlineData("index.html")]
    [InlineData("en/funding/index.html")]
    [InlineData("en/hubs/jeonju/index.html")]
    [InlineData("programs/jeonju-financial-hub-plan/index.html")]
    public void A_summary_of_totals_gives_the_money_of_each_stage_before_their_sum(string path)
    {
        var grids = portal.Page(path).QuerySelectorAll(".totals-grid").Where(g => g.QuerySelector(".grand-total") is not null).ToArray();
        Assert.NotEmpty(grids);
        foreach (var grid in grids)
        {
            var order = grid.QuerySelectorAll("dl.splits-stages, p.grand-total").Select(e => e.ClassName ?? "").ToArray();
            Assert.Equal(["splits splits-stages", "grand-total"], order);

            // A stage is the one its source gave on its date: plans from 2020 whose periods have ended still count as planned.
            var asOf = grid.QuerySelector("dl.splits-stages + p.stages-as-of")?.TextContent;
            Assert.Equal(
                path.StartsWith("en/", StringComparison.Ordinal)
                    ? "Each amount is at the stage its source gave on the day it was written, and stays there until a source says otherwise: a plan whose period has ended is still counted as planned."
                    : "각 금액의 단계는 출처가 쓰인 날의 것이며, 다른 출처가 달리 말하기 전까지 그대로입니다. 기간이 끝난 계획도 계획으로 셉니다.",
                asOf);
        }
    }

    [Fact]
    public void An_amount_reads_the_same_wherever_it_is_shown_and_different_amounts_never_read_the_same()
    {
        // English rounded to three decimals used to show Jeonju's planned 1,210,170,000,000 and its sum of
        // 1,210,410,000,000 both as "KRW 1.21 trillion", and the same total to a different precision on another page.
        foreach (var english in new[] { false, true })
        {
            var amounts = portal.Pages.Select(p => (Path: p.Key, Page: p.Value)).Where(p => p.Path.StartsWith("en/", StringComparison.Ordinal) == english)
                .SelectMany(p => p.Page.QuerySelectorAll("data.money").Select(d => (p.Path, Text: d.TextContent.Trim(), Value: Value(d))))
                .ToArray();
            Assert.True(amounts.Length > 300, $"only {amounts.Length} amounts found");
            foreach (var text in amounts.GroupBy(a => a.Text))
            {
                Assert.True(text.Select(a => a.Value).Distinct().Count() == 1, $"\"{text.Key}\" shows {string.Join(" and ", text.Select(a => $"{a.Value} on {a.Path}").Distinct())}");
            }

            foreach (var value in amounts.GroupBy(a => a.Value))
            {
                Assert.True(value.Select(a => a.Text).Distinct().Count() == 1, $"{value.Key} reads {string.Join(" and ", value.Select(a => $"\"{a.Text}\" on {a.Path}").Distinct())}");
            }
        }

        var jeonju = portal.Page("en/hubs/jeonju/index.html");
        Assert.Equal("KRW 1,210.17 billion", jeonju.QuerySelector("dl.splits-stages data[value='1210170000000']")!.TextContent);
        Assert.Equal("KRW 1,210.41 billion", jeonju.QuerySelector(".grand-total data")!.TextContent);
    }

    [Theory]
    [InlineData("en/", "(figures: 4, and 2 more that are parts of them and not added again; source documents: 3)")]
    [InlineData("", "(금액 4건과, 그 일부라서 다시 더하지 않은 금액 2건, 출처 문서 3개)")]
    public void A_hubs_paragraph_on_its_money_counts_its_figures_as_its_list_does(string lang, string said)
    {
        var answer = portal.Page(lang + "hubs/jeonju/index.html").QuerySelector(".money-answer")!.TextContent;
        Assert.Contains(said, Squeezed(answer));

        // The hub's list counts all six, the four and their two parts.
        Assert.Equal("6", portal.Page(lang + "funding/hub/jeonju/index.html").QuerySelector("p.list-total")!.GetAttribute("data-count"));
    }

    [Theory]
    [InlineData("en/")]
    [InlineData("")]
    public void A_hubs_paragraph_on_its_money_links_its_total_to_the_funding_section_once_and_each_funder_and_shared_figure_to_its_page(string lang)
    {
        var answer = portal.Page(lang + "hubs/jeonju/index.html").QuerySelector(".money-answer")!;
        var links = answer.QuerySelectorAll("a").Select(a => a.GetAttribute("href")!).ToArray();
        var section = Assert.Single(links, l => l.EndsWith("#funding-heading", StringComparison.Ordinal));
        Assert.Equal("1210410000000", answer.QuerySelector($"a[href='{section}'] data")!.GetAttribute("value"));
        Assert.Equal(
            [$"{PortalFixture.BasePath}{lang}partners/pine-and-partners-asset-management/", $"{PortalFixture.BasePath}{lang}partners/molit/", $"{PortalFixture.BasePath}{lang}partners/jeonju-city/", $"{PortalFixture.BasePath}{lang}funding/hydrogen-pilot-city-total/"],
            links.Where(l => l != section));
        // Every other amount is still there, as text.
        Assert.True(answer.QuerySelectorAll("data.money").Length >= 8);
    }

    [Theory]
    [InlineData("en/", "Of this, KRW 1,177 billion is linked to the hub by the editors' reading, not by the sources; each figure's page gives the reading.", "by the editors' reading")]
    [InlineData("", "이 가운데 1조 1,770억 원은 출처가 아니라 편집자의 해석으로 이 거점에 연결했습니다. 그 해석은 각 금액의 페이지에 있습니다.", "편집자의 해석으로")]
    public void A_hubs_paragraph_on_its_money_says_how_much_the_editors_reading_links_to_it(string lang, string said, string marker)
    {
        // Jeonju's 1조원 and 1770억원 are linked to it by the editors' reading (reads: [hub]); Changwon's one figure by its source.
        Assert.Contains(said, Squeezed(portal.Page(lang + "hubs/jeonju/index.html").QuerySelector(".money-answer")!.TextContent));
        Assert.DoesNotContain(marker, Squeezed(portal.Page(lang + "hubs/changwon/index.html").QuerySelector(".money-answer")!.TextContent));
    }

    [Theory]
    [InlineData("en/", "Funders: Ministry of Science and ICT (KRW 6.3 billion). The funder of KRW 6.3 billion of this is the editors' reading, not named by the sources; each figure's page gives the reading.")]
    [InlineData("", "재원 주체는 과학기술정보통신부 (63억 원)입니다. 이 가운데 63억 원의 재원 주체는 출처가 밝히지 않아 편집자가 읽어 정한 것입니다.")]
    public void A_hubs_paragraph_on_its_money_says_how_much_of_it_has_a_funder_the_editors_read(string lang, string said)
    {
        // "선정 지역에는 3년간 국비 63억원을 지원한다" names no ministry; the article on Gwangju names its investor.
        Assert.Contains(said, Squeezed(portal.Page(lang + "hubs/changwon/index.html").QuerySelector(".money-answer")!.TextContent));
        Assert.DoesNotContain(lang == "" ? "재원 주체는 출처가" : "The funder of", Squeezed(portal.Page(lang + "hubs/gwangju/index.html").QuerySelector(".money-answer")!.TextContent));
    }

    [Theory]
    [InlineData("en/", "shared by Jeonju and Jeonbuk Innovation City, Wanju County (split not stated)", "shared with Wanju County (split not stated)")]
    [InlineData("", "함께 받는 곳: 전주·전북혁신도시, 완주군 (나눈 비율이 밝혀지지 않음)", "함께 받는 곳: 완주군 (나눈 비율이 밝혀지지 않음)")]
    public void A_shared_figure_names_all_who_share_it_on_the_overview_and_the_others_on_a_hubs_page(string lang, string overview, string hub)
    {
        // On the overview every place is one of those that share it; on Jeonju's page, Jeonju shares it with Wanju.
        string[] Notes(string page) => [.. portal.Page(lang + page).QuerySelectorAll("ul.shared-notes li").Select(li => Squeezed(li.TextContent))];
        Assert.Contains(Notes("funding/index.html"), n => n.EndsWith(" — " + overview, StringComparison.Ordinal));
        Assert.Contains(Notes("hubs/jeonju/index.html"), n => n.EndsWith(" — " + hub, StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("en/", "linked to Ochang Science Industrial Complex, Changwon Digital Innovation Valley: the source does not say whether each receives it or they share it (counted once; if each does, KRW 6.3 billion more)", "linked to Changwon Digital Innovation Valley too: the source does not say whether each receives it or they share it (counted once)", "shared by Jeonju and Jeonbuk Innovation City, Wanju County (split not stated)")]
    [InlineData("", "오창 과학산업단지, 창원 디지털 혁신밸리에 연결: 곳마다 받는지 나누어 받는지 원문에 나오지 않음 (한 번만 셈, 곳마다라면 63억 원 더 많음)", "창원 디지털 혁신밸리에도 연결: 곳마다 받는지 나누어 받는지 원문에 나오지 않음 (한 번만 셈)", "함께 받는 곳: 전주·전북혁신도시, 완주군 (나눈 비율이 밝혀지지 않음)")]
    public void A_figure_that_may_be_each_hubs_says_so_and_how_much_more_the_whole_would_be(string lang, string overview, string hub, string split)
    {
        string[] Notes(string page) => [.. portal.Page(lang + page).QuerySelectorAll("ul.shared-notes li").Select(li => Squeezed(li.TextContent))];
        var notes = Notes("funding/index.html");
        Assert.Contains(notes, n => n.EndsWith(" — " + overview, StringComparison.Ordinal));
        Assert.Contains(notes, n => n.EndsWith(" — " + split, StringComparison.Ordinal));
        // On a hub's own page the hub's total holds the amount either way: no "more".
        Assert.Contains(Notes("hubs/ochang/index.html"), n => n.EndsWith(" — " + hub, StringComparison.Ordinal));

        var flags = Funding
            .Where(f => (bool)f!["may_be_per_site"]!).Select(f => (string)f!["id"]!);
        Assert.Equal(["digital-innovation-hub-national-funds-2024"], flags);
    }

    [Theory]
    [InlineData("en/", "Of these, linked here by the editors' reading, not the sources")]
    [InlineData("", "그중 출처가 아니라 편집자의 해석으로 이 거점에 연결한 금액")]
    public void A_hub_card_says_how_much_of_its_money_the_editors_reading_links_to_it_as_the_hubs_page_does(string lang, string label)
    {
        // Jeonju's 1조원 and 1770억원 and Gwangju's 150억원 are the hub's by the editors' reading (reads: [hub]).
        var read = new Dictionary<string, long>(StringComparer.Ordinal);
        foreach (var card in portal.Page(lang + "hubs/index.html").QuerySelectorAll("li.card"))
        {
            var hub = card.QuerySelector("h2 a, h3 a")!.GetAttribute("href")!.TrimEnd('/').Split('/')[^1];
            if (card.QuerySelectorAll(".card-figures div").SingleOrDefault(d => d.QuerySelector("dt")!.TextContent == label) is { } line)
            {
                read[hub] = Value(line.QuerySelector("data")!);
            }
        }

        Assert.Equal(new Dictionary<string, long> { ["gwangju"] = 15_000_000_000, ["jeonju"] = 1_177_000_000_000 }, read);
        var answer = Squeezed(portal.Page(lang + "hubs/jeonju/index.html").QuerySelector(".money-answer")!.TextContent);
        Assert.Contains(lang == "" ? "1조 1,770억 원은 출처가 아니라" : "KRW 1,177 billion is linked to the hub by the editors' reading", answer);
    }

    [Theory]
    [InlineData("en/")]
    [InlineData("")]
    public void A_hub_card_says_how_much_of_its_money_is_committed_or_spent_as_the_hubs_page_does(string lang)
    {
        var cards = portal.Page(lang + "hubs/index.html").QuerySelectorAll("li.card").ToArray();
        var checkedCards = 0;
        foreach (var card in cards)
        {
            var hub = card.QuerySelector("h2 a, h3 a")!.GetAttribute("href")!.TrimEnd('/').Split('/')[^1];
            var stages = portal.Page($"{lang}hubs/{hub}/index.html").QuerySelectorAll("dl.splits-stages div").ToArray();
            var done = card.QuerySelectorAll(".card-figures div").Skip(1).SingleOrDefault(d => d.QuerySelector("dt")!.TextContent == (lang == "" ? "그중 확정·집행된 금액" : "Of these, committed or spent"));
            if (stages.Length == 0)
            {
                Assert.Null(done);
                continue;
            }

            // Committed and spent are the third and fourth stage boxes (announced, planned, committed, spent).
            Assert.Equal(Value(stages[2].QuerySelector("data")!) + Value(stages[3].QuerySelector("data")!), Value(done!.QuerySelector("data")!));
            checkedCards++;
        }

        Assert.Equal(4, checkedCards);
        Assert.Contains(cards, c => c.TextContent.Contains(lang == "" ? "2억 4,000만 원" : "KRW 240 million", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("", "hub/ochang", "63억 원", 6_300_000_000L, "1건", "창원 디지털 혁신밸리", "오창")]
    [InlineData("en/", "hub/ochang", "KRW 6.3 billion", 6_300_000_000L, "one figure", "Changwon Digital Innovation Valley", "Ochang")]
    [InlineData("en/", "funder-kind/national", "KRW 20.8 billion", 20_800_000_000L, "2 figures", "Wanju County", null)]
    public void A_list_says_how_much_of_its_total_is_shared_and_each_shared_line_says_with_whom(
        string lang, string list, string amount, long value, string count, string with, string? notRepeated)
    {
        var page = portal.Page($"{lang}funding/{list}/index.html");
        var note = Squeezed(page.QuerySelector("p.shared-note")!.TextContent);
        Assert.Contains(amount, note);
        Assert.Contains(count, note);

        // The note's money is that of the lines that say with whom they are shared.
        var lines = page.QuerySelectorAll("ol.compact-list > li").Where(li => li.QuerySelector(".shared-with") is not null).ToList();
        Assert.Equal(value, lines.Sum(li => Value(li.QuerySelector("data.money")!)));
        Assert.Contains(lines, li => li.QuerySelector(".shared-with")!.TextContent.Contains(with, StringComparison.Ordinal));
        if (notRepeated is not null)
        {
            // A hub's own list does not name the hub again among those it shares with.
            Assert.DoesNotContain(lines, li => li.QuerySelector(".shared-with")!.TextContent.Contains(notRepeated, StringComparison.Ordinal));
        }
    }

    [Fact]
    public void A_list_whose_parts_are_all_on_it_has_no_note_about_parts_elsewhere()
    {
        Assert.Null(portal.Page("funding/all/index.html").QuerySelector("p.total-note"));
        Assert.Null(portal.Page("en/funding/status/executed/index.html").QuerySelector("p.total-note"));
    }

    [Theory]
    [InlineData("en/partners/jeonju-city/index.html", "1 figure that is part of another figure is not added again.")]
    [InlineData("en/hubs/ochang/index.html", null)]
    [InlineData("en/programs/hydrogen-pilot-city/index.html", "1 figure that is part of another figure is not added again.")]
    [InlineData("programs/hydrogen-pilot-city/index.html", "다른 금액의 일부인 1건은 합계에 다시 더하지 않았습니다.")]
    public void A_total_says_a_part_is_not_added_again_only_when_its_whole_is_added(string page, string? note)
    {
        // Jeonju City's page and the hydrogen programme's each list a whole and a part of it, and add the part once; Ochang
        // has no part, so nothing to say.
        var grid = portal.Page(page).QuerySelector(".totals-grid")!;
        var said = grid.QuerySelectorAll("p.note").Select(p => Squeezed(p.TextContent)).Where(t => t.Contains("not added again") || t.Contains("다시 더하지")).ToArray();
        Assert.Equal(note is null ? [] : [note], said);
    }

    [Theory]
    [InlineData("en/partners/molit/index.html", "en/funding/hydrogen-pilot-city-national-funds/")]
    [InlineData("partners/molit/index.html", "funding/hydrogen-pilot-city-national-funds/")]
    [InlineData("en/programs/free-economic-zone/index.html", "en/funding/j-shangri-la-medical-investment/")]
    public void A_page_with_one_figure_lists_it_without_totals_of_that_one_figure(string page, string figure)
    {
        // Stages of which three are zero, a public and a private share and a chart of one bar would only repeat the row.
        var html = portal.Page(page);
        var section = html.GetElementById("funding-heading")!.ParentElement!;
        Assert.Equal([PortalFixture.BasePath + figure], section.QuerySelectorAll("a.row-title").Select(a => a.GetAttribute("href")));
        Assert.Null(section.QuerySelector(".totals-grid"));
        Assert.Null(section.QuerySelector(".chart"));
        // One row has nothing to sort.
        Assert.Null(section.QuerySelector("table.sortable"));
        Assert.Null(section.QuerySelector(".sort-hint"));
    }

    [Theory]
    [InlineData("en/partners/jeonju-city/index.html")]
    [InlineData("en/programs/jeonju-financial-hub-plan/index.html")]
    public void A_page_with_two_figures_totals_them_and_sorts_them(string page)
    {
        var section = portal.Page(page).GetElementById("funding-heading")!.ParentElement!;
        Assert.Equal(2, section.QuerySelectorAll("a.row-title").Length);
        Assert.NotNull(section.QuerySelector(".totals-grid p.grand-total"));
        Assert.NotNull(section.QuerySelector("table.sortable .sort-hint"));
    }

    [Fact]
    public void Every_breakdown_of_totals_names_the_stages_its_lines_add_together()
    {
        var checkedSections = 0;
        foreach (var (path, page) in portal.Pages)
        {
            foreach (var grid in page.QuerySelectorAll(".totals-grid"))
            {
                // The stages the whole total holds, as its split by stage shows them.
                var stages = grid.QuerySelectorAll("dl.splits-stages > div").Select(d => (Label: d.QuerySelector("dt")!.TextContent.ToLowerInvariant(), Held: !d.ClassList.Contains("zero"))).ToList();
                foreach (var section in grid.QuerySelectorAll(".totals-section:not([aria-labelledby=by-year-heading])"))
                {
                    var note = section.QuerySelector("p.stages-added")?.TextContent.ToLowerInvariant();
                    Assert.True(note is not null, $"{path}: a breakdown of totals does not say which stages it adds");
                    Assert.All(stages, s => Assert.True(s.Held == note.Contains(s.Label, StringComparison.Ordinal), $"{path}: '{note}' and the stage '{s.Label}' ({(s.Held ? "held" : "not held")})"));
                    checkedSections++;
                }
            }
        }

        Assert.True(checkedSections > 20, $"{checkedSections} breakdowns checked");
    }

    [Theory]
    [InlineData("en/funding/index.html", "by-hub", "Announced, planned and spent added together")]
    [InlineData("en/funding/index.html", "by-year", "Planned and spent added together")]
    [InlineData("funding/index.html", "by-funder-kind", "발표·계획·집행 금액을 함께 더했습니다")]
    [InlineData("en/hubs/changwon/index.html", "by-funder-kind", "All announced")]
    [InlineData("hubs/gwangju/index.html", "by-funder-kind", "모두 계획 단계의 금액")]
    public void A_breakdown_says_in_words_which_stages_it_adds(string page, string section, string said) =>
        Assert.Equal(said, portal.Page(page).QuerySelector($"section[aria-labelledby={section}-heading] p.stages-added")!.TextContent);

    [Fact]
    public void A_count_of_one_reads_in_the_singular_in_English()
    {
        var wordings = portal.Pages.Where(p => p.Key.StartsWith("en/", StringComparison.Ordinal))
            .SelectMany(p => p.Value.QuerySelectorAll(".grand-total .total-label, .totals-grid .note"))
            .Select(e => System.Text.RegularExpressions.Regex.Match(e.TextContent, @"(\d+) (figures?)\b(?: (that (?:is|are)))?").Groups)
            .Where(g => g[0].Success)
            .Select(g => (Count: int.Parse(g[1].Value, CultureInfo.InvariantCulture), Noun: g[2].Value, Verb: g[3].Value))
            .ToList();

        Assert.All(wordings, w =>
        {
            Assert.Equal(w.Count == 1 ? "figure" : "figures", w.Noun);
            if (w.Verb.Length > 0)
            {
                Assert.Equal(w.Count == 1 ? "that is" : "that are", w.Verb);
            }
        });

        // A paged list's count line: "6 figures, 1 of them part of another listed figure", "2 of them parts of other …".
        var partsOfThem = portal.Pages.Where(p => p.Key.StartsWith("en/", StringComparison.Ordinal))
            .SelectMany(p => p.Value.QuerySelectorAll(".total-label"))
            .Select(e => System.Text.RegularExpressions.Regex.Match(e.TextContent, @"(\d+) of them (parts? of (?:another|other) listed figures?)").Groups)
            .Where(g => g[0].Success)
            .Select(g => (Count: int.Parse(g[1].Value, CultureInfo.InvariantCulture), Words: g[2].Value))
            .ToList();
        Assert.All(partsOfThem, w => Assert.Equal(w.Count == 1 ? "part of another listed figure" : "parts of other listed figures", w.Words));
        Assert.Contains(partsOfThem, w => w.Count == 1);
        Assert.Contains(partsOfThem, w => w.Count > 1);

        // The portal has totals of one figure and of several, and notes of one part and of several.
        Assert.Contains(wordings, w => w.Count == 1 && w.Verb.Length == 0);
        Assert.Contains(wordings, w => w.Count > 1 && w.Verb.Length == 0);
        Assert.Contains(wordings, w => w.Count == 1 && w.Verb.Length > 0);
        Assert.Contains(wordings, w => w.Count > 1 && w.Verb.Length > 0);
    }
}
