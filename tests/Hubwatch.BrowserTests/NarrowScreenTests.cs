using Hubwatch.BrowserTests.Support;

namespace Hubwatch.BrowserTests;

/// <summary>On a 320 px wide phone no page scrolls sideways: wide tables scroll inside their own box instead.</summary>
[Collection(BrowserCollection.Name)]
public sealed class NarrowScreenTests(BrowserFixture browser)
{
    [Fact]
    public async Task No_page_scrolls_sideways_at_320_px()
    {
        await using var context = await browser.NewContextAsync(width: 320, height: 640);
        var tab = await PageRecorder.OpenAsync(context);
        var tooWide = new List<string>();

        foreach (var path in browser.Portal.Pages.Select(p => p.Path).Append(BuiltPortal.BasePath + "en/hubs/nope/deeper/"))
        {
            await tab.Page.GotoAsync(path);
            var width = await tab.Page.EvaluateAsync<int[]>("() => [document.documentElement.scrollWidth, window.innerWidth]");
            if (width[0] > width[1])
            {
                // Name the elements that stick out, so the failure says what to fix.
                var culprits = await tab.Page.EvaluateAsync<string[]>(
                    """
                    () => [...document.querySelectorAll('body *')]
                      .filter(e => e.getBoundingClientRect().right > window.innerWidth + 0.5)
                      .filter(e => !e.parentElement || e.parentElement.getBoundingClientRect().right <= window.innerWidth + 0.5)
                      .slice(0, 5)
                      .map(e => e.tagName.toLowerCase() + (e.className ? '.' + String(e.className).replace(/ /g, '.') : '') + ' (' + Math.round(e.getBoundingClientRect().right) + ' px)')
                    """);
                tooWide.Add($"{path}: {width[0]} px wide in a {width[1]} px window: {string.Join(", ", culprits)}");
            }
        }

        Assert.True(tooWide.Count == 0, string.Join("\n", tooWide));
    }
}
