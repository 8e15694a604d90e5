using System.Collections.Immutable;
using System.Text;
using Hubwatch.Content;
using Hubwatch.Diagnostics;
using Hubwatch.Loading;
using Hubwatch.Model.OpenData;
using Hubwatch.Model.Search;
using Hubwatch.Model.Views;
using Hubwatch.Model;

namespace Hubwatch.Rendering;

/// <summary>
/// Every file of the site by its output path, each with the way to produce it, none produced yet: pages of both
/// languages, the 404 page, assets, the search indexes, the open data, the totals of the lists' narrowing choices,
/// the feeds, sitemap, robots.txt and .nojekyll. A build produces them all (<see cref="SiteRenderer"/>); <c>serve</c> produces a file when it is
/// requested, so a rebuild after an editor's save does not render thousands of pages nobody is looking at.
/// Producing a file reads no disk, clock or environment, so the same plan always gives the same bytes.
/// </summary>
public sealed class SitePlan
{
    /// <summary>The not-found page's path; GitHub Pages serves it for any missing path, at any depth.</summary>
    public const string NotFoundPath = "404.html";

    private static readonly UTF8Encoding Utf8 = new(encoderShouldEmitUTF8Identifier: false);

    private readonly SiteModel _site;
    private readonly PageRenderer _renderer;
    private readonly LayoutBuilder _layouts;
    private readonly StructuredDataWriter _structuredData;
    private readonly Dictionary<Language, HistoryViewBuilder> _histories;
    private readonly SiteRoutes _routes;

    /// <summary>Plans the files of a site whose pages are planned; <paramref name="renderer"/> must be for these templates and the site's base path.</summary>
    /// <param name="routes">Makes the routes of the planned paths; <c>serve</c> passes one that keeps them while the paths are equal.</param>
    public SitePlan(SiteModel site, SitePages pages, TemplateSet templates, PageRenderer renderer, Func<(string[] Pages, string[] Files), SiteRoutes>? routes = null)
    {
        _site = site;
        _renderer = renderer;
        _layouts = new LayoutBuilder(site, templates.Strings);
        _structuredData = new StructuredDataWriter(site, templates.Strings);
        _histories = LanguageExtensions.All.ToDictionary(language => language, language => new HistoryViewBuilder(site, templates.Strings, language));
        Pages = pages.Pages;
        NotFound = pages.NotFound;
        var tables = pages.Tables;

        var files = new List<(string Path, Action<Stream> Write)>();
        // The search script gets the generator's word lists written into it (see SearchScript).
        files.AddRange(templates.Assets.Select(a => ("assets/" + a.Key, Bytes(a.Key == "search.js" ? () => SearchScript.Complete(a.Value) : () => a.Value))));
        files.AddRange(new DataFilesRenderer(site, templates.Strings).Plan(() => tables.Value));
        files.AddRange(NarrowTotalsWriter.Plan(pages.NarrowTotals));
        files.AddRange(SitemapWriter.Plan(site, Pages.Length, () => Pages.Select(p => (p.Route, p.Language, site.History.LastChanged(p.HistoryKey)))));
        files.Add(("robots.txt", Bytes(() => Utf8.GetBytes($"User-agent: *\nAllow: /\n\nSitemap: {site.Absolute(site.Urls.Root("sitemap.xml"))}\n"))));
        files.Add((".nojekyll", Bytes(() => [])));
        Files = files;

        _routes = (routes ?? SiteRoutes.Of)(([.. Pages.Select(page => page.OutputPath), NotFoundPath], [.. files.Select(file => file.Path)]));
    }

    /// <summary>The model the pages are built from.</summary>
    public SiteModel Site => _site;

    /// <summary>The base path every link of the site starts with.</summary>
    public string BasePath => _site.Urls.BasePath;

    /// <summary>The pages of both editions, the search and data pages included; not the 404 page.</summary>
    public ImmutableArray<PagePlan> Pages { get; }

    /// <summary>The not-found page, written once at the site root.</summary>
    public PagePlan NotFound { get; }

    /// <summary>The files that are not pages: assets, data, feeds, sitemap, robots.txt, .nojekyll.</summary>
    public IReadOnlyList<(string Path, Action<Stream> Write)> Files { get; }

    /// <summary>Every output path and where it leads; two records whose routes collide share one path (see <see cref="SiteRoutes.Planned"/>).</summary>
    public SiteRoutes Routes => _routes;

    /// <summary>Every output path once, in ordinal order.</summary>
    public IReadOnlyList<string> Paths => _routes.Paths;

    public bool Contains(string path) => _routes.Contains(path);

    /// <summary>The bytes of the file at <paramref name="path"/>; null when there is no such file or a template failed (reported to <paramref name="bag"/>).</summary>
    public byte[]? Produce(string path, DiagnosticBag bag) =>
        _routes.TryGetPage(path, out var page) ? Render(page == Pages.Length ? NotFound : Pages[page], bag)
        : _routes.TryGetFile(path, out var file) ? OutputFile.Bytes(Files[file].Write)
        : null;

    /// <summary>A file made as a whole in memory, written to its stream when it is produced.</summary>
    internal static Action<Stream> Bytes(Func<byte[]> make) => stream => stream.Write(make());

    /// <summary>The page's HTML, or null after reporting a template error to <paramref name="bag"/>.</summary>
    public byte[]? Render(PagePlan plan, DiagnosticBag bag)
    {
        var page = ReferenceEquals(plan, NotFound) ? plan.Build(_site) : plan.Build(_site) with { History = _histories[plan.Language].For(plan.HistoryKey) };

        // The 404 page has no structured data: it describes nothing.
        var layout = ReferenceEquals(plan, NotFound)
            ? _layouts.For(page)
            : _layouts.For(page) with { StructuredData = _structuredData.For(page) is { } json ? new TrustedHtml(json) : null };
        return _renderer.Render(page, layout, bag) is { } html ? Utf8.GetBytes(html) : null;
    }
}
