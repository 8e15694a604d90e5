using Microsoft.Playwright;
using Hubwatch.BrowserTests.Support;

namespace Hubwatch.BrowserTests;

/// <summary>
/// On a phone (390 and 320 px wide) no page scrolls sideways, no amount is cut off or wrapped inside itself, citation
/// markers are tap targets in ascending order, the map keeps its labels inside the picture, and a hub's page shows
/// where the hub is beside its name.
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed class NarrowScreenTests(BrowserFixture browser)
{
    [Fact]
    public async Task No_page_scrolls_sideways_at_320_px()
    {
        await using var context = await browser.NewContextAsync(width: 320, height: 640);
        var tab = await PageRecorder.OpenAsync(context);
        var tooWide = new List<string>();
        browser.Say($"320 px: every one of {browser.Portal.Pages.Count} pages, and the 404 page, for sideways scrolling");

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

    /// <summary>The home page, the hub list, every hub page, the funding page and every figure's page, in both languages: where the amounts are.</summary>
    private IEnumerable<string> MoneyPages() => browser.Portal.Pages
        .Where(p => p.File is "index.html" or "en/index.html"
            || p.File.EndsWith("funding/index.html", StringComparison.Ordinal)
            || p.File.Contains("funding/", StringComparison.Ordinal)
            || p.File.EndsWith("hubs/index.html", StringComparison.Ordinal)
            || (p.File.Contains("hubs/", StringComparison.Ordinal) && p.File.Count(c => c == '/') == (p.IsEnglish ? 3 : 2)))
        .Select(p => p.Path);

    [Theory]
    [InlineData(390)]
    [InlineData(320)]
    public async Task No_amount_is_cut_off_or_wrapped_inside_itself_on_a_phone(int width)
    {
        await using var context = await browser.NewContextAsync(width: width, height: 800);
        var tab = await PageRecorder.OpenAsync(context);
        var problems = new List<string>();
        var pages = MoneyPages().ToList();
        Assert.True(pages.Count >= 28, $"only {pages.Count} pages with amounts: {string.Join(", ", pages)}");

        foreach (var path in pages)
        {
            await tab.Page.GotoAsync(path);

            // An amount is shown by a data.money element or a chart's value label. It is cut off when it runs past the
            // window or past an ancestor that clips its content, and wrapped when it takes more than one line box.
            var found = await tab.Page.EvaluateAsync<string[]>(
                """
                () => {
                  const shown = e => e.getClientRects().length > 0 && getComputedStyle(e).visibility !== 'hidden'
                    && !e.closest('details:not([open]) > :not(summary), .visually-hidden');
                  const name = e => (e.closest('[id]') ? '#' + e.closest('[id]').id + ' ' : '') + '"' + e.textContent.trim() + '"';
                  const out = [];
                  for (const e of document.querySelectorAll('data.money, svg .bar-value')) {
                    if (!shown(e)) continue;
                    const r = e.getBoundingClientRect();
                    if (r.left < -0.5 || r.right > window.innerWidth + 0.5) out.push(name(e) + ' runs past the window (' + Math.round(r.left) + '–' + Math.round(r.right) + ' px)');
                    for (let a = e.parentElement; a && a !== document.body; a = a.parentElement) {
                      const style = getComputedStyle(a);
                      if (style.overflowX === 'visible' && style.overflowY === 'visible') continue;
                      const c = a.getBoundingClientRect();
                      if (r.left < c.left - 0.5 || r.right > c.right + 0.5) out.push(name(e) + ' is cut off by ' + a.tagName.toLowerCase() + '.' + a.className);
                    }
                    if (e.tagName === 'DATA' && e.getClientRects().length > 1) out.push(name(e) + ' wraps onto ' + e.getClientRects().length + ' lines');
                  }
                  return out;
                }
                """);
            problems.AddRange(found.Select(f => $"{path} at {width} px: {f}"));
        }

        Assert.True(problems.Count == 0, string.Join("\n", problems));
    }

    [Fact]
    public async Task Citation_markers_are_tap_targets_of_24_px_in_ascending_order()
    {
        await using var context = await browser.NewContextAsync(width: 390, height: 800);
        var tab = await PageRecorder.OpenAsync(context);
        var problems = new List<string>();
        var markers = 0;
        foreach (var path in MoneyPages())
        {
            await tab.Page.GotoAsync(path);
            var found = await tab.Page.EvaluateAsync<string[]>(
                """
                () => {
                  const out = [];
                  for (const group of document.querySelectorAll('.cites')) {
                    const cites = [...group.querySelectorAll('a.cite')].filter(c => c.getClientRects().length > 0);
                    const numbers = cites.map(c => Number(c.textContent));
                    if (numbers.some((n, i) => i > 0 && n <= numbers[i - 1])) out.push('markers out of order: ' + numbers.join(' '));
                    for (const c of cites) {
                      const r = c.getBoundingClientRect();
                      out.push(r.width >= 24 && r.height >= 24 ? 'ok' : 'marker ' + c.textContent + ' is ' + r.width.toFixed(1) + ' × ' + r.height.toFixed(1) + ' px');
                    }
                  }
                  return out;
                }
                """);
            markers += found.Count(f => f == "ok");
            problems.AddRange(found.Where(f => f != "ok").Select(f => $"{path}: {f}"));
        }

        Assert.True(problems.Count == 0, string.Join("\n", problems));
        Assert.True(markers > 50, $"only {markers} markers checked");
    }

    [Theory]
    [InlineData("", 390)]
    [InlineData("en/", 320)]
    [InlineData("en/", 1280)]
    public async Task The_maps_labels_stay_inside_the_picture_and_each_dot_links_to_its_hub(string language, int width)
    {
        await using var context = await browser.NewContextAsync(width: width, height: 900);
        var tab = await PageRecorder.OpenAsync(context);
        await tab.Page.GotoAsync(BuiltPortal.BasePath + language);

        var outside = await tab.Page.EvaluateAsync<string[]>(
            """
            () => {
              const svg = document.querySelector('svg.map-svg');
              const width = svg.viewBox.baseVal.width, height = svg.viewBox.baseVal.height;
              return [...svg.querySelectorAll('text')].map(t => t.getBBox())
                .filter(b => b.x < 0 || b.y < 0 || b.x + b.width > width || b.y + b.height > height)
                .map(b => `${Math.round(b.x)}–${Math.round(b.x + b.width)} of 0–${width}`);
            }
            """);
        Assert.Empty(outside);

        var links = await tab.Page.EvaluateAsync<string[]>("() => [...document.querySelectorAll('svg.map-svg a')].map(a => a.getAttribute('href'))");
        Assert.Equal(6, links.Length);
        await tab.Page.Locator("svg.map-svg a").First.ClickAsync();
        Assert.Contains("/hubs/", tab.Page.Url);
    }
    [Theory]
    [InlineData("", 390, "ochang")]
    [InlineData("en/", 320, "jeonju")]
    public async Task On_a_phone_a_hubs_page_shows_where_it_is_beside_its_name(string language, int width, string hub)
    {
        await using var context = await browser.NewContextAsync(width: width, height: 800);
        var tab = await PageRecorder.OpenAsync(context);
        await tab.Page.GotoAsync(BuiltPortal.BasePath + language + "hubs/" + hub + "/");

        var map = await tab.Page.EvaluateAsync<MapOnPhone>(
            """
            () => {
              const map = document.querySelector('.hub-head .hub-map svg').getBoundingClientRect();
              const title = document.querySelector('.hub-head h1');
              const lines = document.createRange();
              lines.selectNodeContents(title);
              const shown = [...document.querySelectorAll('.hub-map a.map-link')].filter(a => a.getBoundingClientRect().width > 0);
              return {
                width: map.width,
                besideTitle: map.top < title.getBoundingClientRect().bottom,
                linesUnderMap: [...lines.getClientRects()].filter(r => r.right > map.left && r.left < map.right && r.bottom > map.top && r.top < map.bottom).length,
                inside: map.left >= 0 && map.right <= innerWidth,
                shown: shown.map(a => a.getAttribute('href')),
                current: shown.map(a => a.getAttribute('aria-current')),
              };
            }
            """);

        Assert.InRange(map.Width, 64, 120);
        Assert.True(map.BesideTitle, "the map is not beside the hub's name");
        Assert.Equal(0, map.LinesUnderMap);
        Assert.True(map.Inside, "the map sticks out of the window");
        // Only the hub's own point: the others would be dots too small and too close to tap.
        Assert.Equal([BuiltPortal.BasePath + language + "hubs/" + hub + "/"], map.Shown);
        Assert.Equal(["page"], map.Current);
    }

    /// <summary>What the page script measures of the map (Playwright fills settable properties).</summary>
    private sealed class MapOnPhone
    {
        public double Width { get; set; }

        public bool BesideTitle { get; set; }

        public int LinesUnderMap { get; set; }

        public bool Inside { get; set; }

        public string[] Shown { get; set; } = [];

        public string[] Current { get; set; } = [];
    }

    [Theory]
    [InlineData("", 320, "검색")]
    [InlineData("en/", 320, "Search")]
    [InlineData("en/", 390, "Search")]
    public async Task On_a_phone_the_header_is_one_row_of_brand_search_and_language_above_a_menu_of_at_most_two(string language, int width, string search)
    {
        await using var context = await browser.NewContextAsync(width: width, height: 800);
        var tab = await PageRecorder.OpenAsync(context);
        await tab.Page.GotoAsync(BuiltPortal.BasePath + language + "hubs/");

        var rows = await tab.Page.EvaluateAsync<int[]>(
            """
            () => {
              // A row starts with each element that begins below everything before it (items of a row differ in height).
              const rows = elements => {
                let count = 0, bottom = -Infinity;
                for (const r of elements.map(e => e.getBoundingClientRect()).sort((a, b) => a.top - b.top)) {
                  if (r.top >= bottom - 1) count++;
                  bottom = Math.max(bottom, r.bottom);
                }
                return count;
              };
              return [rows([...document.querySelector('.header-row').children]), rows([...document.querySelectorAll('.site-nav li')])];
            }
            """);
        Assert.Equal(1, rows[0]);
        Assert.InRange(rows[1], 1, 2);

        // The search link may be its magnifier alone, but it keeps its name, a target of 24 px, and leads to the search page.
        var link = tab.Page.GetByRole(AriaRole.Link, new() { Name = search, Exact = true });
        var box = await link.BoundingBoxAsync();
        Assert.NotNull(box);
        Assert.True(box.Width >= 24 && box.Height >= 24, $"the search link is {box.Width} × {box.Height} px");
        await link.ClickAsync();
        Assert.EndsWith(BuiltPortal.BasePath + language + "search/", tab.Page.Url);
        Assert.Equal("true", await tab.Page.GetByRole(AriaRole.Link, new() { Name = search, Exact = true }).GetAttributeAsync("aria-current"));
    }
}
