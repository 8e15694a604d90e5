using System.Collections.Concurrent;
using System.Text;
using Hubwatch.Content;
using Hubwatch.Diagnostics;
using Hubwatch.Model;
using Hubwatch.Model.OpenData;
using Hubwatch.Model.Views;

namespace Hubwatch.Rendering;

/// <summary>
/// Renders the whole site in memory: every page of both languages, the 404 page, assets, the search indexes, the
/// open data, the feeds, sitemap, robots.txt and .nojekyll.
/// </summary>
public sealed class SiteRenderer(SiteModel site, TemplateSet templates)
{
    private static readonly UTF8Encoding Utf8 = new(encoderShouldEmitUTF8Identifier: false);

    /// <summary>
    /// Renders every output. With a <paramref name="cache"/> (serve), pages whose input did not change
    /// since the last build are taken from it. <paramref name="onStart"/> learns how many pages there are
    /// and <paramref name="onPage"/> is called as each is done, for progress reports.
    /// </summary>
    public IReadOnlyList<OutputFile> Render(DiagnosticBag bag, RenderCache? cache = null, Action<int>? onStart = null, Action? onPage = null)
    {
        var tables = new OpenDataBuilder(site).Tables();

        // The two language editions are built side by side; AsOrdered keeps the page order (and the sitemap) stable.
        var pages = LanguageExtensions.All
            .AsParallel()
            .AsOrdered()
            .SelectMany(language => new PageBuilder(site, templates.Strings, language).Build()
                .Append(new SearchPageBuilder(site, templates.Strings, language).Build())
                .Append(new DataPageBuilder(site, templates.Strings, language).Build(tables)))
            .ToArray();
        var notFound = new PageBuilder(site, templates.Strings, Language.Ko).NotFound();
        var layouts = new LayoutBuilder(site, templates.Strings);
        var structuredData = new StructuredDataWriter(site);
        var renderer = new PageRenderer(templates, new MarkdownRenderer(site.Urls.BasePath));

        onStart?.Invoke(pages.Length + 1);
        cache?.Begin(templates, site.Urls.BasePath);
        byte[]? RenderPage(string path, PageModel page, LayoutView layout)
        {
            byte[]? Run() => renderer.Render(page, layout, bag) is { } html ? Utf8.GetBytes(html) : null;
            var bytes = cache is null ? Run() : cache.GetOrRender(path, page, layout, Run);
            onPage?.Invoke();
            return bytes;
        }

        var files = new ConcurrentBag<OutputFile>();
        Parallel.ForEach(pages, page =>
        {
            var path = UrlScheme.OutputPath(page.Route, page.Language);
            var layout = layouts.For(page) with { StructuredData = structuredData.For(page) is { } json ? new TrustedHtml(json) : null };
            if (RenderPage(path, page, layout) is { } html)
            {
                files.Add(new OutputFile(path, html));
            }
        });

        if (RenderPage("404.html", notFound, layouts.For(notFound)) is { } notFoundHtml)
        {
            files.Add(new OutputFile("404.html", notFoundHtml));
        }

        foreach (var (name, bytes) in templates.Assets)
        {
            files.Add(new OutputFile("assets/" + name, bytes));
        }

        foreach (var file in new DataFilesRenderer(site, templates.Strings).Render(tables))
        {
            files.Add(file);
        }

        files.Add(new OutputFile("sitemap.xml", SitemapWriter.Write(site, pages)));
        files.Add(new OutputFile("robots.txt", Utf8.GetBytes($"User-agent: *\nAllow: /\n\nSitemap: {SitemapWriter.Absolute(site, site.Urls.Root("sitemap.xml"))}\n")));
        files.Add(new OutputFile(".nojekyll", []));

        // Parallel rendering finishes in any order; sort so the file list is stable.
        return [.. files.OrderBy(f => f.Path, StringComparer.Ordinal)];
    }
}
