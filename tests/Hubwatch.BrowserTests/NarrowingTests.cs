using System.Globalization;
using AngleSharp.Dom;
using AngleSharp.Html.Parser;
using Hubwatch.BrowserTests.Support;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Hubwatch.BrowserTests;

/// <summary>
/// A reader narrows a list of several pages by two choices at once in Chromium: the script reads the list's other
/// pages and shows, in list order, exactly the rows of every page that match both choices; the choices live in the
/// address, come back on reload, and clearing them brings back the page and its pager. The list's total becomes
/// that of the rows shown, as the build wrote it for the choices, and comes back when they are cleared. The expected
/// rows are read from the built pages' markup, not from the script.
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed class NarrowingTests(BrowserFixture browser, PagedPortal paged) : IClassFixture<PagedPortal>
{
    [Theory]
    [InlineData("en/", "{0} of the list's {1} figures match these choices; the total above is theirs.")]
    [InlineData("", "목록의 재원 {1}건 중 {0}건이 모든 조건에 맞습니다. 위 합계는 이 재원들의 합계입니다.")]
    public async Task Two_choices_show_the_matching_rows_of_every_page_and_clearing_them_brings_the_page_back(string lang, string matches)
    {
        var (folder, pages) = LongestNarrowable(lang);
        var rows = pages.SelectMany(p => p.QuerySelectorAll("ol.compact-list > li")).ToArray();
        var firstPage = pages[0].QuerySelectorAll("ol.compact-list > li").Select(Id).ToArray();

        // The hub with the most rows, then the stage most of those rows are at.
        var hub = rows.SelectMany(r => Keys(r, "hub")).GroupBy(k => k).OrderByDescending(g => g.Count()).ThenBy(g => g.Key, StringComparer.Ordinal).First().Key;
        var inHub = rows.Where(r => Keys(r, "hub").Contains(hub)).ToArray();
        var status = inHub.GroupBy(r => r.GetAttribute("data-status")!).OrderByDescending(g => g.Count()).ThenBy(g => g.Key, StringComparer.Ordinal).First().Key;
        var both = inHub.Where(r => r.GetAttribute("data-status") == status).Select(Id).ToArray();
        Assert.True(inHub.Length > both.Length && both.Length > 1, "the second choice narrows the first, to more than one row");
        Assert.Contains(inHub, r => !firstPage.Contains(Id(r)));

        var path = Address(folder);
        browser.Say($"narrowing {path} ({pages.Count} pages) by hub {hub} and stage {status}");
        await using var context = await browser.Browser.NewContextAsync(new BrowserNewContextOptions { BaseURL = paged.Server.Origin });
        var tab = await PageRecorder.OpenAsync(context);
        var page = tab.Page;
        await page.GotoAsync(path);

        var form = page.Locator("form.narrow");
        await Expect(form).ToBeVisibleAsync();
        await form.Locator("select[name=hub]").SelectOptionAsync(hub);
        await Expect(page.Locator(".narrow-status")).ToHaveTextAsync(Format(matches, inHub.Length, rows.Length));
        Assert.Equal(inHub.Select(Id), await ShownIds(page));
        await Expect(page.Locator("nav.paging")).ToBeHiddenAsync();
        var totals = Totals(folder);
        await ExpectTotal(page, Total(totals, pages[0], ("hub", hub)), inHub.Length);

        // The list's CSV still holds the whole list: while choices are applied, its link says so.
        var csvWhole = pages[0].QuerySelector("form.narrow")!.GetAttribute("data-csv-whole");
        Assert.NotNull(csvWhole);
        Assert.Contains(rows.Length.ToString("N0", CultureInfo.InvariantCulture), csvWhole);
        Assert.NotEqual(pages[0].QuerySelector("p.list-links a.csv")!.TextContent, csvWhole);
        await Expect(page.Locator("p.list-links a.csv")).ToHaveTextAsync(csvWhole);

        // The heading names the list, no longer its first page.
        var pageHeading = pages[0].QuerySelector("main h1")!.TextContent;
        var listTitle = pages[0].QuerySelector("form.narrow")!.GetAttribute("data-title")!;
        Assert.StartsWith(listTitle, pageHeading);
        Assert.NotEqual(listTitle, pageHeading);
        await Expect(page.Locator("main h1")).ToHaveTextAsync(listTitle);

        // The other choices count the rows they would show within the hub, and those that would show none are disabled.
        var disabled = 0;
        foreach (var dimension in new[] { "status", "year" })
        {
            var counts = inHub.SelectMany(r => Keys(r, dimension)).GroupBy(k => k).ToDictionary(g => g.Key, g => g.Count());
            var options = await form.Locator($"select[name={dimension}] option:not([value=''])")
                .EvaluateAllAsync<ShownOption[]>("options => options.map(o => ({ value: o.value, text: o.textContent, disabled: o.disabled }))");
            Assert.All(options, o =>
            {
                var count = counts.GetValueOrDefault(o.Value);
                Assert.Matches($@"\({count}(건)?\)$", o.Text);
                Assert.Equal(count == 0, o.Disabled);
            });
            disabled += options.Count(o => o.Disabled);
        }

        Assert.True(disabled > 0, "every option still shows rows within the hub");

        await form.Locator("select[name=status]").SelectOptionAsync(status);
        await Expect(page.Locator(".narrow-status")).ToHaveTextAsync(Format(matches, both.Length, rows.Length));
        Assert.Equal(both, await ShownIds(page));
        Assert.Equal($"#hub={hub}&status={status}", new Uri(page.Url).Fragment);
        await ExpectTotal(page, Total(totals, pages[0], ("hub", hub), ("status", status)), both.Length);

        // The other pages and the totals were read from the site itself, once each for both choices.
        foreach (var other in Enumerable.Range(2, pages.Count - 1))
        {
            Assert.Single(tab.Requests, r => r == paged.Server.Url($"{path}page/{other}/"));
        }

        Assert.Single(tab.Requests, r => r.StartsWith(paged.Server.Url(path + Model.PageBuilder.NarrowTotalsFile + "?options="), StringComparison.Ordinal));

        // The address holds the choices: a reload (or a shared link) shows the same rows.
        await page.ReloadAsync();
        await Expect(page.Locator(".narrow-status")).ToHaveTextAsync(Format(matches, both.Length, rows.Length));
        Assert.Equal(both, await ShownIds(page));
        await Expect(form.Locator("select[name=hub]")).ToHaveValueAsync(hub);

        // Clearing the choices brings back this page's own rows and its pager.
        await form.Locator("button[type=reset]").ClickAsync();
        await Expect(page.Locator("nav.paging")).ToBeVisibleAsync();
        await Expect(page.Locator("main h1")).ToHaveTextAsync(pageHeading);
        Assert.Equal(firstPage, await ShownIds(page));
        await Expect(page.Locator(".narrow-status")).ToBeEmptyAsync();
        await ExpectAsBuilt(page, pages[0], "p.list-total");
        await ExpectAsBuilt(page, pages[0], "p.list-links");
        Assert.Equal("", new Uri(page.Url).Fragment);
        foreach (var dimension in new[] { "hub", "status", "year" })
        {
            var built = pages[0].QuerySelectorAll($"select[name={dimension}] option").Select(o => o.TextContent);
            Assert.Equal(built, await form.Locator($"select[name={dimension}] option").AllTextContentsAsync());
            Assert.Equal(0, await form.Locator($"select[name={dimension}] option:disabled").CountAsync());
        }

        // A year chosen: under the total, the money of that year in the figures shown; gone again when cleared.
        var year = rows.SelectMany(r => Keys(r, "year")).GroupBy(k => k).OrderByDescending(g => g.Count()).ThenBy(g => g.Key, StringComparer.Ordinal).First().Key;
        await form.Locator("select[name=year]").SelectOptionAsync(year);
        var inYear = Total(totals, pages[0], ("year", year));
        await ExpectTotal(page, inYear, rows.Count(r => Keys(r, "year").Contains(year)));
        await Expect(page.Locator("p.year-total")).ToHaveTextAsync(inYear[5].GetString() + " " + inYear[7].GetString());
        await form.Locator("button[type=reset]").ClickAsync();
        await Expect(page.Locator("p.year-total")).ToHaveCountAsync(0);
        await ExpectAsBuilt(page, pages[0], "p.list-total");

        Assert.Empty(tab.Errors);
        Assert.Empty(tab.RequestsOutside(paged.Server.Origin));
    }

    [Fact]
    public async Task When_the_totals_of_the_choices_cannot_be_read_the_list_keeps_its_own_total_and_says_so()
    {
        var (folder, pages) = LongestNarrowable("en/");
        var rows = pages.SelectMany(p => p.QuerySelectorAll("ol.compact-list > li")).ToArray();
        var hub = Keys(rows[^1], "hub")[0];
        var inHub = rows.Count(r => Keys(r, "hub").Contains(hub));
        var path = Address(folder);
        await using var context = await browser.Browser.NewContextAsync(new BrowserNewContextOptions { BaseURL = paged.Server.Origin });
        await context.RouteAsync(url => new Uri(url).AbsolutePath.EndsWith("/" + Model.PageBuilder.NarrowTotalsFile, StringComparison.Ordinal), route => route.AbortAsync());
        var tab = await PageRecorder.OpenAsync(context);
        var page = tab.Page;
        await page.GotoAsync(path);

        await page.Locator("form.narrow select[name=hub]").SelectOptionAsync(hub);
        await Expect(page.Locator(".narrow-status")).ToHaveTextAsync(Format(
            "Figures matching these choices: {0} of the list's {1}. The total above is of the whole list: the totals of these choices could not be read.", inHub, rows.Length));
        Assert.Equal(inHub, await page.Locator("ol.compact-list > li").CountAsync());
        await ExpectAsBuilt(page, pages[0], "p.list-total");
    }

    /// <summary>The kind of funder with the most pages that can still be narrowed in the browser, and its pages as built.</summary>
    private (string Folder, List<IDocument> Pages) LongestNarrowable(string lang) =>
        Directory.EnumerateDirectories(Path.Combine(paged.Portal.Site, lang + "funding", "funder-kind"))
            .Select(d => (Folder: d, Pages: Pages(d)))
            .Where(l => l.Pages.Count is > 1 and <= Model.PageBuilder.NarrowPages)
            .OrderByDescending(l => l.Pages.Count)
            .First();

    /// <summary>An option of a select as the page has it (Playwright fills it by its property names).</summary>
    private sealed class ShownOption
    {
        public string Value { get; set; } = "";

        public string Text { get; set; } = "";

        public bool Disabled { get; set; }
    }

    [Fact]
    public async Task On_a_years_list_the_money_of_the_year_follows_the_choices_and_no_match_shows_no_total()
    {
        // The year with the most pages that can still be narrowed, and a hub and a stage no figure of it has together.
        var (folder, pages) = Directory.EnumerateDirectories(Path.Combine(paged.Portal.Site, "en", "funding", "year"))
            .Select(d => (Folder: d, Pages: Pages(d)))
            .Where(l => l.Pages.Count <= Model.PageBuilder.NarrowPages && l.Pages[0].QuerySelector("form.narrow select[name=hub]") is not null)
            .OrderByDescending(l => l.Pages.Sum(p => p.QuerySelectorAll("ol.compact-list > li").Length))
            .First();
        var rows = pages.SelectMany(p => p.QuerySelectorAll("ol.compact-list > li")).ToArray();
        var stages = pages[0].QuerySelectorAll("form.narrow select[name=status] option").Skip(1).Select(o => o.GetAttribute("value")!).ToArray();
        var (hub, missing, inHub) = rows.SelectMany(r => Keys(r, "hub")).Distinct().Order(StringComparer.Ordinal)
            .Select(h => rows.Where(r => Keys(r, "hub").Contains(h)).ToArray() is var of ? (Hub: h, Missing: stages.FirstOrDefault(s => of.All(r => r.GetAttribute("data-status") != s)), Rows: of) : default)
            .Where(h => h.Missing is not null)
            .OrderByDescending(h => h.Rows.Length)
            .First();
        var ownYear = pages[0].QuerySelector("p.year-total")!;
        var path = Address(folder);
        var totals = Totals(folder);
        await using var context = await browser.Browser.NewContextAsync(new BrowserNewContextOptions { BaseURL = paged.Server.Origin });
        var tab = await PageRecorder.OpenAsync(context);
        var page = tab.Page;
        await page.GotoAsync(path);

        // One hub: its total, and under it the year's money in its figures, not the year's in all of them.
        await page.Locator("form.narrow select[name=hub]").SelectOptionAsync(hub);
        var inHubTotal = Total(totals, pages[0], ("hub", hub));
        await ExpectTotal(page, inHubTotal, inHub.Length);
        await Expect(page.Locator("p.year-total")).ToHaveTextAsync(inHubTotal[5].GetString() + " " + inHubTotal[7].GetString());
        Assert.NotEqual(ownYear.TextContent, inHubTotal[5].GetString() + " " + inHubTotal[7].GetString());

        // A choice no figure matches, from a shared address followed on the list itself (only the part after # changes):
        // no row, no total, the status says so.
        await page.GotoAsync(path + $"#hub={hub}&status={missing}");
        await Expect(page.Locator("form.narrow select[name=status]")).ToHaveValueAsync(missing!);
        await Expect(page.Locator(".narrow-status")).ToHaveTextAsync("No figure in this list matches all these choices.");
        await Expect(page.Locator("ol.compact-list > li")).ToHaveCountAsync(0);
        await Expect(page.Locator("p.list-total")).ToBeHiddenAsync();
        await Expect(page.Locator("p.year-total")).ToBeHiddenAsync();

        // Cleared: the list's own total and year line, as built.
        await page.Locator("form.narrow button[type=reset]").ClickAsync();
        await Expect(page.Locator("p.list-total")).ToBeVisibleAsync();
        await ExpectAsBuilt(page, pages[0], "p.list-total");
        await ExpectAsBuilt(page, pages[0], "p.year-total");
        Assert.Empty(tab.Errors);
    }

    /// <summary>The address of a built list's folder on the test server.</summary>
    private string Address(string folder) => PagedPortal.BasePath + Path.GetRelativePath(paged.Portal.Site, folder).Replace('\\', '/') + "/";

    /// <summary>The totals of a list's narrowing choices, as the build wrote them beside its first page.</summary>
    private static System.Text.Json.JsonElement Totals(string folder) =>
        System.Text.Json.JsonDocument.Parse(File.ReadAllBytes(Path.Combine(folder, Model.PageBuilder.NarrowTotalsFile))).RootElement;

    /// <summary>The element of the page is as the built page has it, markup and all.</summary>
    private static async Task ExpectAsBuilt(IPage page, IDocument built, string selector) =>
        Assert.Equal(built.QuerySelector(selector)!.OuterHtml, await page.Locator(selector).EvaluateAsync<string>("e => e.outerHTML"));

    /// <summary>
    /// The total the build wrote for a choice: its key is the place of the option chosen in each select of the built
    /// form, "All" being 0; a total is [count, label, value, as written, exact, then a year's label, value, as written, exact].
    /// </summary>
    private static System.Text.Json.JsonElement[] Total(System.Text.Json.JsonElement totals, IDocument firstPage, params (string Name, string Value)[] choices)
    {
        var key = string.Join('.', firstPage.QuerySelectorAll("form.narrow select").Select(select =>
        {
            var value = choices.FirstOrDefault(c => c.Name == select.GetAttribute("name")).Value ?? "";
            return select.QuerySelectorAll("option").Select(o => o.GetAttribute("value")).ToList().IndexOf(value);
        }));
        return [.. totals.GetProperty("totals")[totals.GetProperty("choices").GetProperty(key).GetInt32()].EnumerateArray()];
    }

    /// <summary>The list's total shows the choice's, as the build wrote it: its label, its amount as written and exact.</summary>
    private static async Task ExpectTotal(IPage page, System.Text.Json.JsonElement[] entry, int count)
    {
        var total = page.Locator("p.list-total");
        Assert.Equal(count, entry[0].GetInt32());
        await Expect(total.Locator(".total-label")).ToHaveTextAsync(entry[1].GetString()!);
        var money = total.Locator("strong data.money");
        await Expect(money).ToHaveTextAsync(entry[3].GetString()!);
        await Expect(money).ToHaveAttributeAsync("value", entry[2].GetInt64().ToString(CultureInfo.InvariantCulture));
        await Expect(money).ToHaveAttributeAsync("title", entry[4].GetString()!);
        await Expect(total).ToHaveAttributeAsync("data-count", count.ToString(CultureInfo.InvariantCulture));
        Assert.Contains(count.ToString("N0", CultureInfo.InvariantCulture), entry[1].GetString()!, StringComparison.Ordinal);
    }

    private static List<IDocument> Pages(string folder)
    {
        var parser = new HtmlParser();
        var pages = new List<IDocument> { parser.ParseDocument(File.ReadAllText(Path.Combine(folder, "index.html"))) };
        for (var n = 2; File.Exists(Path.Combine(folder, "page", n.ToString(CultureInfo.InvariantCulture), "index.html")); n++)
        {
            pages.Add(parser.ParseDocument(File.ReadAllText(Path.Combine(folder, "page", n.ToString(CultureInfo.InvariantCulture), "index.html"))));
        }

        return pages;
    }

    private static string Id(IElement row) => row.GetAttribute("data-id")!;

    private static string[] Keys(IElement row, string dimension) => row.GetAttribute("data-" + dimension)!.Split(' ', StringSplitOptions.RemoveEmptyEntries);

    private static string Format(string text, int matching, int all) => string.Format(CultureInfo.InvariantCulture, text, matching, all);

    private static async Task<string[]> ShownIds(IPage page) =>
        [.. (await page.Locator("ol.compact-list > li").EvaluateAllAsync<string[]>("rows => rows.map(r => r.dataset.id)"))];
}
