using Hubwatch.BrowserTests.Support;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Hubwatch.BrowserTests;

/// <summary>What a citizen does on the portal, clicked through in Chromium: follow links, switch language, search, check a source.</summary>
[Collection(BrowserCollection.Name)]
public sealed class JourneyTests(BrowserFixture browser) : IAsyncLifetime
{
    private const string Jeonju = BuiltPortal.BasePath + "hubs/jeonju/";

    private IBrowserContext _context = null!;
    private PageRecorder _tab = null!;

    private IPage Page => _tab.Page;

    public async Task InitializeAsync()
    {
        _context = await browser.NewContextAsync();
        _tab = await PageRecorder.OpenAsync(_context);
    }

    public Task DisposeAsync() => _context.CloseAsync();

    [Fact]
    public async Task From_home_to_a_hub_to_a_partner_to_the_funding_overview_and_back()
    {
        await Page.GotoAsync(BuiltPortal.BasePath);
        var homeTitle = await Heading();

        var hubLink = Page.Locator($".cards a[href='{Jeonju}']");
        var hubName = await hubLink.InnerTextAsync();
        await hubLink.ClickAsync();
        await Expect(Page).ToHaveURLAsync(browser.Server.Url(Jeonju));
        Assert.Equal(hubName, await Heading());

        var partnerLink = Page.Locator("section[aria-labelledby=partners-heading] a").First;
        var partnerName = await partnerLink.InnerTextAsync();
        var partnerPath = await partnerLink.GetAttributeAsync("href");
        await partnerLink.ClickAsync();
        await Expect(Page).ToHaveURLAsync(browser.Server.Url(partnerPath!));
        Assert.Equal(partnerName, await Heading());
        // The partner names the hub the citizen came from.
        await Expect(Page.Locator($"main a[href='{Jeonju}']").First).ToBeVisibleAsync();

        await Page.Locator($"nav.site-nav a[href='{BuiltPortal.BasePath}funding/']").ClickAsync();
        await Expect(Page).ToHaveURLAsync(browser.Server.Url(BuiltPortal.BasePath + "funding/"));
        // The overview lists the largest figures, each linking to its own page, and links the list of every figure.
        await Expect(Page.Locator($".largest-list a[href^='{BuiltPortal.BasePath}funding/']").First).ToBeVisibleAsync();
        await Expect(Page.Locator($".more-funding a[href='{BuiltPortal.BasePath}funding/all/']")).ToBeVisibleAsync();
        await Expect(Page.Locator(".grand-total data.money")).ToBeVisibleAsync();
        await Expect(Page.Locator($"nav.site-nav a[href='{BuiltPortal.BasePath}funding/']")).ToHaveAttributeAsync("aria-current", "true");

        await Page.GoBackAsync();
        await Expect(Page).ToHaveURLAsync(browser.Server.Url(partnerPath!));
        Assert.Equal(partnerName, await Heading());
        await Page.GoBackAsync();
        await Expect(Page).ToHaveURLAsync(browser.Server.Url(Jeonju));
        Assert.Equal(hubName, await Heading());
        await Page.GoBackAsync();
        await Expect(Page).ToHaveURLAsync(browser.Server.Url(BuiltPortal.BasePath));
        Assert.Equal(homeTitle, await Heading());
        AssertCleanJourney();
    }

    [Fact]
    public async Task Switching_language_on_a_hub_page_lands_on_its_twin_and_back()
    {
        await Page.GotoAsync(Jeonju);
        var koreanName = await Heading();
        var figures = await Page.Locator(".key-figures > div").CountAsync();
        var fundingRows = await Page.Locator(".funding-table tbody tr").CountAsync();
        Assert.True(fundingRows > 0);

        await Page.Locator("a.lang-switch").ClickAsync();

        await Expect(Page).ToHaveURLAsync(browser.Server.Url(BuiltPortal.BasePath + "en/hubs/jeonju/"));
        await Expect(Page.Locator("html")).ToHaveAttributeAsync("lang", "en");
        var englishName = await Heading();
        Assert.NotEqual(koreanName, englishName);
        // The twin states the same facts.
        Assert.Equal(figures, await Page.Locator(".key-figures > div").CountAsync());
        Assert.Equal(fundingRows, await Page.Locator(".funding-table tbody tr").CountAsync());

        await Page.Locator("a.lang-switch").ClickAsync();

        await Expect(Page).ToHaveURLAsync(browser.Server.Url(Jeonju));
        await Expect(Page.Locator("html")).ToHaveAttributeAsync("lang", "ko");
        Assert.Equal(koreanName, await Heading());
        AssertCleanJourney();
    }

    [Fact]
    public async Task Following_a_figures_citation_lands_on_the_highlighted_passage_of_the_source()
    {
        await Page.GotoAsync(Jeonju);
        var cite = Page.Locator(".key-figures a.cite").First;
        var href = await cite.GetAttributeAsync("href") ?? "";
        // The marker's number names the quotes in the page's list of sources: every one the page cites from that passage.
        var number = await cite.InnerTextAsync();
        var quotes = await Page.Locator($".page-sources li#n{number} q").AllInnerTextsAsync();
        Assert.NotEmpty(quotes);
        Assert.StartsWith(BuiltPortal.BasePath + "sources/", href);
        var anchor = href[(href.IndexOf('#') + 1)..];

        await cite.ClickAsync();

        await Expect(Page).ToHaveURLAsync(browser.Server.Url(href));
        var target = Page.Locator(":target");
        await Expect(target).ToHaveCountAsync(1);
        Assert.Equal("MARK", await target.EvaluateAsync<string>("e => e.tagName"));
        Assert.Equal(anchor, await target.GetAttributeAsync("id"));
        await Expect(target).ToBeInViewportAsync();
        var passage = Normalize(await target.InnerTextAsync());
        Assert.All(quotes, quote => Assert.Contains(Normalize(quote), passage));
        // Highlighted: a background of its own and the outline that marks the passage just arrived at.
        var style = await target.EvaluateAsync<string[]>("e => { const s = getComputedStyle(e); return [s.backgroundColor, getComputedStyle(document.body).backgroundColor, s.outlineStyle]; }");
        Assert.NotEqual(style[1], style[0]);
        Assert.NotEqual("rgba(0, 0, 0, 0)", style[0]);
        Assert.Equal("solid", style[2]);
        AssertCleanJourney();
    }

    [Fact]
    public async Task Searching_for_a_word_with_its_particle_reaches_the_Jeonju_hub()
    {
        var response = await Page.GotoAsync(BuiltPortal.BasePath + "search/?q=" + Uri.EscapeDataString("전주시가"));
        Assert.Equal(200, response?.Status);
        await Expect(Page.Locator("#search-q")).ToHaveValueAsync("전주시가");

        var result = Page.Locator($"#search-results a[href='{Jeonju}']");
        await Expect(result).ToBeVisibleAsync();

        // The page fetched the index's manifest, then the shard of the query's words and the chunks of the results
        // it shows, each once, and nothing of the English index.
        var index = browser.Server.Url(BuiltPortal.BasePath + "search/");
        var fetched = _tab.Requests.Where(u => u.EndsWith(".json", StringComparison.Ordinal)).ToList();
        Assert.Equal(index + "index.json", fetched[0]);
        Assert.Equal(index + "terms/0.json", fetched[1]);
        Assert.NotEmpty(fetched.Skip(2));
        Assert.All(fetched.Skip(2), u => Assert.Matches(@"/portal/search/docs/\d+\.json$", u));
        Assert.Equal(fetched.Count, fetched.Distinct().Count());

        await result.ClickAsync();

        await Expect(Page).ToHaveURLAsync(browser.Server.Url(Jeonju));
        await Expect(Page.Locator("main h1")).ToBeVisibleAsync();
        AssertCleanJourney();
    }

    [Fact]
    public async Task Typing_in_the_search_form_finds_a_hub_by_its_English_name()
    {
        await Page.GotoAsync(BuiltPortal.BasePath + "en/search/");

        await Page.Locator("#search-q").FillAsync("Gwangju");
        await Page.Locator("#search-q").PressAsync("Enter");

        var result = Page.Locator($"#search-results a[href='{BuiltPortal.BasePath}en/hubs/gwangju/']");
        await Expect(result).ToBeVisibleAsync();
        await Expect(Page).ToHaveURLAsync(new System.Text.RegularExpressions.Regex(@"[?&]q=Gwangju"));
        AssertCleanJourney();
    }

    [Fact]
    public async Task Results_narrowed_to_funding_show_only_funding_and_the_choice_stays_in_the_address()
    {
        await Page.GotoAsync(BuiltPortal.BasePath + "search/?q=" + Uri.EscapeDataString("전북"));
        var choices = Page.Locator("fieldset.search-kinds");
        await Expect(choices).ToBeVisibleAsync();
        var funding = choices.GetByRole(AriaRole.Radio, new() { Name = "재원" });
        await funding.CheckAsync();

        await Expect(Page).ToHaveURLAsync(new System.Text.RegularExpressions.Regex(@"[?&]kind=funding"));
        var tags = await Page.Locator("#search-results .result-head .tag").AllInnerTextsAsync();
        Assert.NotEmpty(tags);
        Assert.All(tags, tag => Assert.Equal("재원", tag));
        Assert.Matches(@"^재원 \(\d+\)$", Normalize(await choices.Locator("label", new() { Has = Page.Locator("input:checked") }).InnerTextAsync()));
        Assert.Equal($"{tags.Count}건을 찾았습니다.", await Page.Locator("#search-status").InnerTextAsync());
        AssertCleanJourney();
    }

    /// <summary>Whatever the journey, the tab logged no error and asked nothing of another host.</summary>
    private void AssertCleanJourney()
    {
        Assert.Empty(_tab.Errors);
        Assert.Empty(_tab.RequestsOutside(browser.Server.Origin));
    }

    private Task<string> Heading() => Page.Locator("main h1").InnerTextAsync();

    private static string Normalize(string text) => string.Join(' ', text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
}
