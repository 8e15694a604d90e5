using Hubwatch.BrowserTests.Support;

namespace Hubwatch.BrowserTests;

/// <summary>
/// The Content-Security-Policy meta tag is the only security header a static host lets the portal set; these
/// tests check in Chromium that it is in force: script injected into a page does not run, its own pages do.
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed class ContentSecurityPolicyTests(BrowserFixture browser)
{
    [Theory]
    [InlineData("")]
    [InlineData("en/hubs/jeonju/")]
    [InlineData("sources/000_42d1823d9c141a6c/")]
    public async Task Injected_inline_script_and_event_handlers_do_not_run(string path)
    {
        await using var context = await browser.NewContextAsync();
        var page = await context.NewPageAsync();
        await page.GotoAsync(BuiltPortal.BasePath + path);

        var outcome = await page.EvaluateAsync<string[]>(
            """
            async () => {
              const violations = [];
              document.addEventListener('securitypolicyviolation', e => violations.push(e.violatedDirective));
              const script = document.createElement('script');
              script.textContent = 'window.inlineRan = true';
              document.body.append(script);
              const image = document.createElement('img');
              image.setAttribute('onerror', 'window.handlerRan = true');
              image.src = 'data:,not-an-image';
              document.body.append(image);
              await new Promise(resolve => setTimeout(resolve, 200));
              return [String(window.inlineRan === true), String(window.handlerRan === true), ...violations];
            }
            """);

        Assert.Equal("false", outcome[0]);
        Assert.Equal("false", outcome[1]);
        Assert.Contains(outcome.Skip(2), d => d.StartsWith("script-src", StringComparison.Ordinal));
    }
}
