using Hubwatch.BrowserTests.Support;
using Microsoft.Playwright;

namespace Hubwatch.BrowserTests;

/// <summary>
/// The hostile fixture (tests/Hubwatch.Tests/Fixtures/hostile) puts script payloads in every field an editor
/// can write. Built and opened in Chromium, no page may run one: alert, confirm and prompt are watched from
/// before any page script runs, as are dialogs and console errors, and the payloads must read as text.
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed class HostileContentTests(BrowserFixture browser)
{
    private const string BasePath = "/hostile/";

    [Fact]
    public async Task No_payload_runs_on_any_page_and_each_shows_as_text()
    {
        var fixture = Path.Combine(Repo.Root, "tests", "Hubwatch.Tests", "Fixtures", "hostile");
        using var portal = BuiltPortal.Of(Path.Combine(fixture, "content"), Path.Combine(fixture, "seeds"), BasePath);
        using var server = new PagesServer(portal.Site, BasePath);
        await using var context = await browser.Browser.NewContextAsync(new BrowserNewContextOptions { BaseURL = server.Origin });
        await context.AddInitScriptAsync(
            "window.__fired = []; for (const name of ['alert', 'confirm', 'prompt']) { window[name] = (...args) => { window.__fired.push(name + ':' + String(args[0])); }; }");
        var page = await context.NewPageAsync();
        var dialogs = new List<string>();
        page.Dialog += async (_, dialog) =>
        {
            dialogs.Add(dialog.Message);
            await dialog.DismissAsync();
        };

        Assert.NotEmpty(portal.Pages);
        foreach (var sitePage in portal.Pages)
        {
            var path = sitePage.Path;
            await page.GotoAsync(path);

            // Hover and focus everything a payload could hang a handler on.
            foreach (var element in await page.QuerySelectorAllAsync("main a, main h1, main h3, main td, main th, main q"))
            {
                await element.HoverAsync(new ElementHandleHoverOptions { Force = true, Timeout = 2000 });
            }

            var fired = await page.EvaluateAsync<string[]>("() => window.__fired");
            Assert.True(fired.Length == 0, $"{path}: {string.Join(", ", fired)}");
        }

        Assert.Empty(dialogs);
        await page.GotoAsync(BasePath + "hubs/hanbit/");
        Assert.Contains("<script>alert(\"xa\")</script>", await page.InnerTextAsync("h1"));
        Assert.Contains("<script>alert(\"xg\")</script>", await page.InnerTextAsync(".prose"));
    }
}
