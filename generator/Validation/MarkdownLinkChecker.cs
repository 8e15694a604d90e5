using System.Collections.Immutable;
using Hubwatch.Content;
using Hubwatch.Diagnostics;
using Hubwatch.Loading;
using Hubwatch.Model;
using Markdig;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;

namespace Hubwatch.Validation;

/// <summary>
/// Links an editor writes in Markdown (hub and program bodies, free pages) must land on a file of the site: a
/// link to a path the site does not have, or one that climbs out of the site's base path (<c>/../</c>,
/// <c>../../..</c>, <c>//host</c>), is an error at its position; so is an image from another host, which the pages
/// would not load.
/// </summary>
public static class MarkdownLinkChecker
{
    private static readonly MarkdownPipeline Pipeline = new MarkdownPipelineBuilder().UsePipeTables().UseEmphasisExtras().Build();

    /// <param name="exists">Whether the site has a file at a path relative to its base path (<c>hubs/x/index.html</c>).</param>
    public static void Check(ContentSet content, Func<string, bool> exists, DiagnosticBag bag) =>
        bag.AddRange(
        [
            .. content.Hubs.SelectMany(hub => Check(hub, exists)),
            .. content.Programs.SelectMany(program => Check(program, exists)),
            .. content.Pages.SelectMany(page => Check(page, exists)),
        ]);

    /// <summary>The links of a hub's body in both languages; they depend on the record and the site's paths alone, so serve keeps them per record.</summary>
    public static ImmutableArray<Diagnostic> Check(Hub hub, Func<string, bool> exists) =>
        DiagnosticBag.Collect(bag =>
        {
            foreach (var language in LanguageExtensions.All)
            {
                CheckText(hub.Body[language], UrlScheme.LanguagePrefix(language) + Routes.Hub(hub.Id), hub.Where, lineOffset: null, exists, bag);
            }
        });

    /// <summary>The links of a program's body in both languages.</summary>
    public static ImmutableArray<Diagnostic> Check(HubProgram program, Func<string, bool> exists) =>
        DiagnosticBag.Collect(bag =>
        {
            foreach (var language in LanguageExtensions.All)
            {
                CheckText(program.Body[language], UrlScheme.LanguagePrefix(language) + Routes.Program(program.Id), program.Where, lineOffset: null, exists, bag);
            }
        });

    /// <summary>The links of a free page's body; a page still waiting for its translation is not published, so not checked.</summary>
    public static ImmutableArray<Diagnostic> Check(TextPage page, Func<string, bool> exists) =>
        page.IsTranslationPending
            ? []
            : DiagnosticBag.Collect(bag => CheckText(page.Body, UrlScheme.LanguagePrefix(page.Language) + Routes.Page(page.Id), page.Where, page.BodyLine, exists, bag));

    /// <param name="lineOffset">The file line of the text's first line, when known; otherwise links are reported at the record.</param>
    private static void CheckText(string markdown, string pagePath, SourceLocation where, int? lineOffset, Func<string, bool> exists, DiagnosticBag bag)
    {
        if (markdown.Length == 0 || MarkdownNestingCheck.Find(markdown) is not null)
        {
            return;
        }

        foreach (var link in Markdown.Parse(markdown, Pipeline).Descendants<LinkInline>())
        {
            var at = lineOffset is { } line ? where with { Line = line + link.Line, Column = link.Column + 1 } : where;
            if (link.IsImage && IsOnAnotherHost(link.Url))
            {
                // The pages load nothing from other hosts (their content security policy says so): the reader would see
                // a broken image, and the other host would learn who reads the page.
                bag.Error(at, $"image '{link.Url}' is on another host, and the site shows only its own files", "copy the image into templates/assets/ and show it as /assets/<file>, or link to it instead: [text](https://…)");
            }
            else if (Problem(link.Url, pagePath, exists) is { } problem)
            {
                bag.Error(at, $"{(link.IsImage ? "image" : "link")} '{link.Url}' {problem}", "link to a page of the portal, as /hubs/<id>/, or to another site with https://");
            }
        }
    }

    /// <summary>Whether an address names another host (<c>https://…</c>, <c>//host/…</c>) or a scheme (<c>data:</c>) rather than a path of the site.</summary>
    private static bool IsOnAnotherHost(string? url) => !string.IsNullOrEmpty(url) && (NamesAHost(url) || HasScheme(url));

    /// <summary>A path that a browser reads as another host: <c>//host/…</c>, or with a backslash, which browsers read as a slash.</summary>
    private static bool NamesAHost(string url) =>
        url.StartsWith("//", StringComparison.Ordinal) || url.StartsWith('\\') || url.StartsWith("/\\", StringComparison.Ordinal);

    /// <summary>An address with a scheme (<c>https:</c>, <c>mailto:</c>, <c>javascript:</c>), not a path of this site.</summary>
    private static bool HasScheme(string url) => Uri.TryCreate(url, UriKind.Absolute, out _) && !url.StartsWith('/');

    /// <summary>What is wrong with a link from the page at <paramref name="pagePath"/>, or null when it lands on the site or names a scheme (https:, mailto:).</summary>
    internal static string? Problem(string? url, string pagePath, Func<string, bool> exists)
    {
        if (string.IsNullOrEmpty(url) || url.StartsWith('#'))
        {
            return null;
        }

        if (NamesAHost(url))
        {
            return "leaves the site";
        }

        if (HasScheme(url))
        {
            // Another site, or a scheme the renderer neutralises (javascript:, data:); neither is a path of this one.
            return null;
        }

        var path = url.Split('#', '?')[0];
        var segments = new List<string>();
        var start = path.StartsWith('/') ? path[1..] : pagePath + path;
        var parts = start.Split('/');
        for (var i = 0; i < parts.Length; i++)
        {
            var part = Uri.UnescapeDataString(parts[i]);
            if (part == "..")
            {
                if (segments.Count == 0)
                {
                    return "leaves the site's base path";
                }

                segments.RemoveAt(segments.Count - 1);
            }
            else if (part is not ("." or "") || i == parts.Length - 1)
            {
                segments.Add(part);
            }
        }

        var target = string.Join('/', segments);
        var file = target.Length == 0 || target.EndsWith('/') ? target + "index.html" : target;
        return exists(file) || exists(target + "/index.html") ? null : "goes to no page of the site";
    }
}
