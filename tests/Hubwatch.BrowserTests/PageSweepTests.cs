using System.Diagnostics;
using System.Xml.Linq;
using Deque.AxeCore.Commons;
using Deque.AxeCore.Playwright;
using Hubwatch.BrowserTests.Support;
using Microsoft.Playwright;
using Xunit.Abstractions;

namespace Hubwatch.BrowserTests;

/// <summary>
/// Opens every page of the portal, in both languages, in a real Chromium, once with a light and once with a
/// dark colour scheme: each loads with status 200, logs no error, asks nothing of any other host, opens no
/// other site with access to itself (rel=noopener), and axe-core finds no WCAG 2.2 A/AA violation.
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed class PageSweepTests(BrowserFixture browser, ITestOutputHelper output)
{
    /// <summary>The axe-core rule tags for WCAG 2.0, 2.1 and 2.2 at levels A and AA.</summary>
    public static readonly string[] WcagTags = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"];

    private const int Tabs = 2;

    private static readonly AxeRunOptions AxeOptions = new()
    {
        RunOnly = new RunOnlyOptions { Type = "tag", Values = [.. WcagTags] },
        ResultTypes = [ResultType.Violations],
    };

    [Fact]
    public void The_sweep_covers_every_page_in_the_sitemap_in_both_languages()
    {
        var sitemap = XDocument.Load(Path.Combine(browser.Portal.Site, "sitemap.xml"));
        XNamespace ns = "http://www.sitemaps.org/schemas/sitemap/0.9";
        var listed = sitemap.Descendants(ns + "loc").Select(loc => loc.Value).ToList();
        // The first address is the home page; site.yaml's url decides what comes before the base path.
        var origin = listed[0][..^BuiltPortal.BasePath.Length];

        Assert.Equal(listed.Order(StringComparer.Ordinal), browser.Portal.Pages.Select(p => origin + p.Path).Order(StringComparer.Ordinal));
        Assert.Contains(browser.Portal.Pages, p => p.IsEnglish);
        Assert.Contains(browser.Portal.Pages, p => !p.IsEnglish);
    }

    [Theory]
    [InlineData(ColorScheme.Light)]
    [InlineData(ColorScheme.Dark)]
    public async Task Every_page_loads_cleanly_privately_and_passes_axe(ColorScheme scheme)
    {
        var clock = Stopwatch.StartNew();
        browser.Say($"page sweep, {scheme} scheme: opening {browser.Portal.Pages.Count} pages with axe in {Tabs} tabs");
        await using var context = await browser.NewContextAsync(scheme);
        // Two tabs share the pages: while one waits for the server or the driver, the other runs axe.
        var shares = Enumerable.Range(0, Tabs).Select(i => browser.Portal.Pages.Where((_, n) => n % Tabs == i));
        var problems = (await Task.WhenAll(shares.Select(async share => await SweepAsync(await PageRecorder.OpenAsync(context), share, scheme))))
            .SelectMany(p => p)
            .OrderBy(p => p, StringComparer.Ordinal)
            .ToList();

        output.WriteLine($"{browser.Portal.Pages.Count} pages in the {scheme} scheme in {clock.Elapsed.TotalSeconds:F1} s");
        browser.Say($"page sweep, {scheme} scheme: {browser.Portal.Pages.Count} pages in {clock.Elapsed.TotalSeconds:F0} s, {problems.Count} problem(s)");
        Assert.True(problems.Count == 0, $"{problems.Count} problem(s) in the {scheme} scheme:\n" + string.Join("\n", problems));
    }

    private async Task<List<string>> SweepAsync(PageRecorder tab, IEnumerable<SitePage> pages, ColorScheme scheme)
    {
        var problems = new List<string>();
        var done = 0;
        foreach (var page in pages)
        {
            // Each tab says how far it is every 20 pages, so a long sweep is not silent.
            if (++done % 20 == 0)
            {
                browser.Say($"page sweep, {scheme} scheme: one tab at {page} ({done} of its pages)");
            }

            tab.Clear();
            var response = await tab.Page.GotoAsync(page.Path, new PageGotoOptions { WaitUntil = WaitUntilState.Load });
            if (response?.Status != 200)
            {
                problems.Add($"{page}: status {response?.Status}");
            }

            // The page is drawn in the scheme's colours, so axe measures contrast on what a reader sees.
            var background = await tab.Page.EvaluateAsync<int[]>("() => getComputedStyle(document.body).backgroundColor.match(/\\d+/g).slice(0, 3).map(Number)");
            if (background.Sum() < 3 * 128 != (scheme == ColorScheme.Dark))
            {
                problems.Add($"{page}: the page is not drawn in the {scheme} scheme (background rgb({string.Join(", ", background)}))");
            }

            // Legacy mode runs axe in the page itself; the default mode opens a new page in a new context
            // for every run to merge frame results, which makes the sweep three to four times slower. The
            // portal has no frames, so both modes check the same.
#pragma warning disable CS0618
            var axe = await tab.Page.RunAxeLegacy(options: AxeOptions);
#pragma warning restore CS0618
            problems.AddRange(axe.Violations.Select(v =>
                $"{page}: axe {v.Id} ({v.Impact}): {v.Help} — {string.Join("; ", v.Nodes.Take(3).Select(n => n.Target + " " + string.Join(" ", n.Any.Concat(n.All).Select(c => c.Message))))}"));
            var openers = await tab.Page.EvaluateAsync<string[]>(
                "() => [...document.querySelectorAll('a[href]')].map(a => ({ a, url: new URL(a.getAttribute('href'), location.href) })).filter(({ a, url }) => url.origin !== location.origin && url.protocol.startsWith('http') && !(a.getAttribute('rel') || '').split(/\\s+/).includes('noopener')).map(({ url }) => url.href)");
            problems.AddRange(openers.Select(href => $"{page}: external link without rel=noopener: {href}"));
            problems.AddRange(tab.Errors.Select(e => $"{page}: {e}"));
            problems.AddRange(tab.RequestsOutside(browser.Server.Origin).Select(url => $"{page}: request outside 127.0.0.1: {url}"));
        }

        return problems;
    }
}
