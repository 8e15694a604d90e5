using System.Text.RegularExpressions;
using AngleSharp.Dom;
using Hubwatch.Tests.Support;

namespace Hubwatch.Tests.Rendering;

/// <summary>Invariants over every generated page: links and anchors resolve, each page names its language and its twin.</summary>
[Collection(PortalCollection.Name)]
public sealed class LinkCheckTests(PortalFixture portal)
{
    [Fact]
    public void Every_internal_link_and_anchor_resolves()
    {
        var broken = new List<string>();
        foreach (var (path, page) in portal.Pages)
        {
            foreach (var element in page.QuerySelectorAll("a[href], link[href]"))
            {
                var href = element.GetAttribute("href")!;
                if (href.StartsWith("http", StringComparison.Ordinal) || href.StartsWith("mailto:", StringComparison.Ordinal))
                {
                    continue;
                }

                if (Resolve(path, href) is { } problem)
                {
                    broken.Add($"{path}: {href} ({problem})");
                }
            }
        }

        Assert.Empty(broken);
    }

    [Fact]
    public void A_pages_list_of_sources_holds_exactly_the_passages_the_page_cites()
    {
        // A citation's number names a line of "Sources on this page" and links to the same passage; a line that nothing
        // on the page cites is a quote the reader cannot place (the funding overview listed 13 of them).
        var wrong = new List<string>();
        foreach (var (path, page) in portal.Pages)
        {
            var listed = page.QuerySelectorAll(".page-sources li")
                .Select(li => (Number: li.Id!.TrimStart('n'), Href: li.QuerySelector("a")!.GetAttribute("href")!))
                .ToHashSet();
            var cited = page.QuerySelectorAll("main a.cite")
                .Select(a => (Number: a.TextContent, Href: a.GetAttribute("href")!))
                .ToHashSet();
            if (!listed.SetEquals(cited))
            {
                wrong.Add($"{path}: listed, not cited: {string.Join(", ", listed.Except(cited).Select(l => l.Number))}; cited, not listed: {string.Join(", ", cited.Except(listed).Select(c => c.Number))}");
            }
        }

        Assert.Empty(wrong);
        Assert.Contains(portal.Pages, p => p.Value.QuerySelectorAll(".page-sources li").Length > 10);
    }

    [Fact]
    public void A_records_page_lists_every_quote_the_record_cites_among_its_sources()
    {
        // Quotes that overlap in their source are one passage with one number; the list shows every one of them, so
        // the words that state a figure are shown beside its number (it showed only the first: the hydrogen programme's
        // "320억원" stood for a quote about the pilot city's selection).
        using var json = System.Text.Json.JsonDocument.Parse(portal.Files["data/portal.json"]);
        var missing = new List<string>();
        var checkedQuotes = 0;
        foreach (var (kind, route) in new[] { ("funding", "funding"), ("agreements", "agreements"), ("hubs", "hubs"), ("programs", "programs"), ("partners", "partners") })
        {
            foreach (var record in json.RootElement.GetProperty(kind).EnumerateArray())
            {
                foreach (var prefix in new[] { "", "en/" })
                {
                    var path = $"{prefix}{route}/{record.GetProperty("id").GetString()}/index.html";
                    var shown = portal.Page(path).QuerySelectorAll(".page-sources q").Select(q => q.TextContent).ToList();
                    foreach (var source in record.GetProperty("sources").EnumerateArray())
                    {
                        var quote = string.Join(' ', source.GetProperty("quote").GetString()!.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
                        checkedQuotes++;
                        if (!shown.Any(q => q.Contains(quote, StringComparison.Ordinal)))
                        {
                            missing.Add($"{path}: \"{quote}\"");
                        }
                    }
                }
            }
        }

        Assert.True(missing.Count == 0, string.Join("\n", missing));
        Assert.True(checkedQuotes > 300, $"only {checkedQuotes} quotes checked");
    }

    [Fact]
    public void Every_link_carries_the_base_path()
    {
        var outside = portal.Pages
            .SelectMany(p => p.Value.QuerySelectorAll("a[href^='/'], link[href^='/']").Select(a => (p.Key, Href: a.GetAttribute("href")!)))
            .Where(x => !x.Href.StartsWith(PortalFixture.BasePath, StringComparison.Ordinal))
            .ToList();
        Assert.Empty(outside);
    }

    [Fact]
    public void Every_page_has_a_language_and_links_its_twin_in_the_other_language()
    {
        foreach (var (path, page) in portal.Pages.Where(p => p.Key != "404.html"))
        {
            var lang = page.DocumentElement.GetAttribute("lang");
            var isEnglish = path.StartsWith("en/", StringComparison.Ordinal);
            Assert.Equal(isEnglish ? "en" : "ko", lang);
            var twin = page.QuerySelector($"link[rel=alternate][hreflang={(isEnglish ? "ko" : "en")}]")?.GetAttribute("href");
            Assert.NotNull(twin);
            var twinPath = ToFile(twin!);
            Assert.True(portal.Pages.ContainsKey(twinPath), $"{path}: twin {twin} does not exist");
            var back = portal.Pages[twinPath].QuerySelector($"link[rel=alternate][hreflang={lang}]")?.GetAttribute("href");
            Assert.Equal(path, ToFile(back!));
        }
    }

    [Fact]
    public void Korean_words_on_an_English_page_are_marked_as_Korean()
    {
        // A screen reader reads Korean in an English page (a quoted column header, an amount as the source writes it,
        // a commit's words) in Korean only when an element around it says lang="ko".
        var unmarked = new List<string>();
        var marked = 0;
        foreach (var (path, page) in portal.Pages.Where(p => p.Value.DocumentElement.GetAttribute("lang") == "en"))
        {
            foreach (var text in page.Body!.Descendants<IText>().Where(t => t.Data.Any(c => c is >= '가' and <= '힣')))
            {
                if (text.ParentElement!.Closest("[lang]")!.GetAttribute("lang") == "ko")
                {
                    marked++;
                }
                else
                {
                    unmarked.Add($"{path}: <{text.ParentElement.LocalName} class=\"{text.ParentElement.ClassName}\"> {text.Data.Trim()}");
                }
            }
        }

        Assert.Empty(unmarked);
        Assert.True(marked > 1000, $"{marked} Korean texts marked on English pages");
    }

    [Fact]
    public void The_templates_mark_Korean_only_in_an_elements_text_never_in_an_attribute()
    {
        // The korean helper writes <span lang="ko"> elements: inside an attribute's quotes they would end the attribute.
        var templates = Directory.EnumerateFiles(Repo.Templates, "*.html").ToList();
        var inAttributes = templates
            .SelectMany(file => File.ReadLines(file).Select((line, i) => (Where: $"{Path.GetFileName(file)}:{i + 1}", Line: line)))
            .Where(l => Regex.IsMatch(l.Line, "=\"[^\"]*\\{\\{~?\\s*korean\\b"))
            .Select(l => l.Where);

        Assert.Empty(inAttributes);
        Assert.Contains(templates, file => File.ReadAllText(file).Contains("{{ korean ", StringComparison.Ordinal));
    }

    [Fact]
    public void Every_page_has_a_content_security_policy_and_no_inline_script_or_handler()
    {
        foreach (var (path, page) in portal.Pages)
        {
            var csp = page.QuerySelector("meta[http-equiv=Content-Security-Policy]")?.GetAttribute("content");
            Assert.NotNull(csp);
            Assert.DoesNotContain("unsafe-inline", csp);
            // JSON-LD is data the browser never runs, so the policy's script-src does not apply to it.
            Assert.Empty(page.QuerySelectorAll("script:not([src]):not([type='application/ld+json'])"));
            Assert.DoesNotContain(page.All, e => e.Attributes.Any(a => a.Name.StartsWith("on", StringComparison.Ordinal)));
            Assert.Empty(page.QuerySelectorAll("[style]"));
        }
    }

    private string? Resolve(string fromPath, string href)
    {
        var hash = href.IndexOf('#');
        var target = hash >= 0 ? href[..hash] : href;
        var fragment = hash >= 0 ? href[(hash + 1)..] : null;
        string file;
        if (target.Length == 0)
        {
            file = fromPath;
        }
        else if (!target.StartsWith(PortalFixture.BasePath, StringComparison.Ordinal))
        {
            return "not under the base path";
        }
        else
        {
            file = ToFile(target);
            if (!portal.Files.ContainsKey(file))
            {
                return "no such file";
            }
        }

        if (fragment is null || fragment.Length == 0)
        {
            return null;
        }

        return portal.Pages.TryGetValue(file, out var page) && page.GetElementById(Uri.UnescapeDataString(fragment)) is not null
            ? null
            : $"no element with id '{fragment}'";
    }

    private static string ToFile(string url)
    {
        // Canonical and hreflang links are absolute; the pages' own links start with the base path.
        var path = (Uri.TryCreate(url, UriKind.Absolute, out var absolute) ? absolute.AbsolutePath : url)[PortalFixture.BasePath.Length..];
        return path.Length == 0 || path.EndsWith('/') ? path + "index.html" : path;
    }
}
