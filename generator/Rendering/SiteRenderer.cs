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

    public IReadOnlyList<OutputFile> Render(DiagnosticBag bag)
    {
        var tables = new OpenDataBuilder(site).Tables();
        var pages = LanguageExtensions.All
            .SelectMany(language => new PageBuilder(site, templates.Strings, language).Build()
                .Append(new SearchPageBuilder(site, templates.Strings, language).Build())
                .Append(new DataPageBuilder(site, templates.Strings, language).Build(tables)))
            .ToArray();
        var notFound = new PageBuilder(site, templates.Strings, Language.Ko).NotFound();
        var layouts = new LayoutBuilder(site, templates.Strings);
        var structuredData = new StructuredDataWriter(site);
        var renderer = new PageRenderer(templates, new MarkdownRenderer(site.Urls.BasePath));

        var files = new ConcurrentBag<OutputFile>();
        Parallel.ForEach(pages, page =>
        {
            var layout = layouts.For(page) with { StructuredData = structuredData.For(page) is { } json ? new TrustedHtml(json) : null };
            if (renderer.Render(page, layout, bag) is { } html)
            {
                files.Add(new OutputFile(UrlScheme.OutputPath(page.Route, page.Language), Utf8.GetBytes(html)));
            }
        });

        if (renderer.Render(notFound, layouts.For(notFound), bag) is { } notFoundHtml)
        {
            files.Add(new OutputFile("404.html", Utf8.GetBytes(notFoundHtml)));
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
