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
    /// and <paramref name="onPage"/> is called as each is done, for progress reports. With
    /// <paramref name="emit"/>, each file is handed to it as soon as it is rendered (from any thread) and not
    /// kept: the returned list then names the files without their bytes.
    /// </summary>
    public IReadOnlyList<OutputFile> Render(DiagnosticBag bag, RenderCache? cache = null, Action<int>? onStart = null, Action? onPage = null, Action<OutputFile>? emit = null)
    {
        var tables = new OpenDataBuilder(site).Tables();

        // Page models are built as they are rendered and dropped after, rather than all held at once: at 10,000
        // funding figures the views of both editions took hundreds of megabytes. Building them is a small part of
        // the work, so handing them out one at a time (no buffering) keeps both cores rendering.
        var builders = LanguageExtensions.All.Select(language => (Language: language, Pages: new PageBuilder(site, templates.Strings, language))).ToArray();
        var pages = builders.SelectMany(b => b.Pages.Build()
            .Append(new SearchPageBuilder(site, templates.Strings, b.Language).Build())
            .Append(new DataPageBuilder(site, templates.Strings, b.Language).Build(tables)));
        var routes = new ConcurrentBag<(string Route, Language Language)>();
        var notFound = new PageBuilder(site, templates.Strings, Language.Ko).NotFound();
        var layouts = new LayoutBuilder(site, templates.Strings);
        var structuredData = new StructuredDataWriter(site);
        var renderer = new PageRenderer(templates, new MarkdownRenderer(site.Urls.BasePath));

        onStart?.Invoke(builders.Sum(b => b.Pages.Count() + 2) + 1);
        cache?.Begin(templates, site.Urls.BasePath);
        byte[]? RenderPage(string path, PageModel page, LayoutView layout)
        {
            byte[]? Run() => renderer.Render(page, layout, bag) is { } html ? Utf8.GetBytes(html) : null;
            var bytes = cache is null ? Run() : cache.GetOrRender(path, page, layout, Run);
            onPage?.Invoke();
            return bytes;
        }

        var files = new ConcurrentBag<OutputFile>();
        void Add(OutputFile file)
        {
            if (emit is null)
            {
                files.Add(file);
                return;
            }

            emit(file);
            files.Add(file with { Content = [] });
        }

        Parallel.ForEach(Partitioner.Create(pages, EnumerablePartitionerOptions.NoBuffering), page =>
        {
            routes.Add((page.Route, page.Language));
            var path = UrlScheme.OutputPath(page.Route, page.Language);
            var layout = layouts.For(page) with { StructuredData = structuredData.For(page) is { } json ? new TrustedHtml(json) : null };
            if (RenderPage(path, page, layout) is { } html)
            {
                Add(new OutputFile(path, html));
            }
        });

        if (RenderPage("404.html", notFound, layouts.For(notFound)) is { } notFoundHtml)
        {
            Add(new OutputFile("404.html", notFoundHtml));
        }

        foreach (var (name, bytes) in templates.Assets)
        {
            Add(new OutputFile("assets/" + name, bytes));
        }

        foreach (var file in new DataFilesRenderer(site, templates.Strings).Render(tables))
        {
            Add(file);
        }

        Add(new OutputFile("sitemap.xml", SitemapWriter.Write(site, routes)));
        Add(new OutputFile("robots.txt", Utf8.GetBytes($"User-agent: *\nAllow: /\n\nSitemap: {SitemapWriter.Absolute(site, site.Urls.Root("sitemap.xml"))}\n")));
        Add(new OutputFile(".nojekyll", []));

        // Parallel rendering finishes in any order; sort so the file list is stable.
        return [.. files.OrderBy(f => f.Path, StringComparer.Ordinal)];
    }
}
