using Hubwatch.BrowserTests.Support;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Hubwatch.BrowserTests;

/// <summary>
/// GitHub Pages answers any unknown path, at any depth, with the site's 404.html. Its stylesheet and links
/// must therefore carry the full base path, and work from wherever the reader mistyped.
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed class NotFoundTests(BrowserFixture browser)
{
    [Theory]
    [InlineData("en/hubs/nope/deeper/")]
    [InlineData("no-such-page")]
    [InlineData("sources/000_42d1823d9c141a6c/missing/a/b/c.html")]
    public async Task An_unknown_path_gets_the_styled_404_page_with_working_links(string unknown)
    {
        browser.Say($"404 page at {BuiltPortal.BasePath}{unknown}: its stylesheet and every link");
        await using var context = await browser.NewContextAsync();
        var tab = await PageRecorder.OpenAsync(context);

        var response = await tab.Page.GotoAsync(BuiltPortal.BasePath + unknown);

        Assert.Equal(404, response?.Status);
        await Expect(tab.Page.Locator(".not-found h1")).ToBeVisibleAsync();
        var stylesheet = await tab.Page.EvaluateAsync<string[]>(
            "() => [...document.styleSheets].filter(s => s.cssRules.length > 0).map(s => new URL(s.href).pathname)");
        Assert.Equal([BuiltPortal.BasePath + "assets/style.css"], stylesheet);
        // The stylesheet's rules apply: no default body margin, the header drawn on its own surface.
        Assert.Equal("0px", await tab.Page.EvaluateAsync<string>("() => getComputedStyle(document.body).marginTop"));
        Assert.NotEqual("rgba(0, 0, 0, 0)", await tab.Page.EvaluateAsync<string>("() => getComputedStyle(document.querySelector('.site-header')).backgroundColor"));
        Assert.Equal("none", await tab.Page.EvaluateAsync<string>("() => getComputedStyle(document.querySelector('.chips')).listStyleType"));

        var links = await tab.Page.EvaluateAsync<string[]>("() => [...document.querySelectorAll('a[href]')].map(a => a.href)");
        Assert.NotEmpty(links);
        foreach (var link in links.Distinct())
        {
            var url = new Uri(link);
            Assert.Equal(browser.Server.Origin, url.GetLeftPart(UriPartial.Authority));
            Assert.StartsWith(BuiltPortal.BasePath, url.AbsolutePath);
            if (url.Fragment.Length > 0 && url.AbsolutePath == new Uri(tab.Page.Url).AbsolutePath)
            {
                Assert.Equal(1, await tab.Page.Locator(url.Fragment).CountAsync());
                continue;
            }

            var answer = await context.APIRequest.GetAsync(link);
            Assert.True(answer.Status == 200, $"{link} answers {answer.Status}");
        }

        // And a citizen who clicks one gets where it says.
        await tab.Page.Locator($".not-found a[href='{BuiltPortal.BasePath}hubs/']").ClickAsync();
        await Expect(tab.Page).ToHaveURLAsync(browser.Server.Url(BuiltPortal.BasePath + "hubs/"));
        await Expect(tab.Page.Locator(".cards a").First).ToBeVisibleAsync();
        Assert.Empty(tab.RequestsOutside(browser.Server.Origin));
    }
}
