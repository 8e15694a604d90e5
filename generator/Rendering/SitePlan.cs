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
/// languages, the 404 page, assets, the search indexes, the open data, the feeds, sitemap, robots.txt and
/// .nojekyll. A build produces them all (<see cref="SiteRenderer"/>); <c>serve</c> produces a file when it is
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
    private readonly Dictionary<string, PagePlan> _pagesByPath = new(StringComparer.Ordinal);
    private readonly Dictionary<string, Func<byte[]>> _filesByPath = new(StringComparer.Ordinal);

    /// <summary>Plans the site; <paramref name="renderer"/>, when given, must be for these templates and the site's base path (serve keeps one).</summary>
    public SitePlan(SiteModel site, TemplateSet templates, PageRenderer? renderer = null)
    {
        _site = site;
        _renderer = renderer ?? new PageRenderer(templates, new MarkdownRenderer(site.Urls.BasePath));
        _layouts = new LayoutBuilder(site, templates.Strings);
        _structuredData = new StructuredDataWriter(site);

        // Tables are built once, when the first file or page that needs them is produced.
        var tables = new Lazy<IReadOnlyList<ExportTable>>(() => new OpenDataBuilder(site).Tables(), LazyThreadSafetyMode.ExecutionAndPublication);
        Pages =
        [
            .. LanguageExtensions.All.SelectMany(language => new PageBuilder(site, templates.Strings, language).Plan()
                .Append(new PagePlan(Routes.Search, language, () => new SearchPageBuilder(site, templates.Strings, language).Build()))
                .Append(new PagePlan(Routes.Data, language, () => new DataPageBuilder(site, templates.Strings, language).Build(tables.Value)))),
        ];
        NotFound = new PagePlan("404", Language.Ko, () => new PageBuilder(site, templates.Strings, Language.Ko).NotFound());

        var files = new List<(string Path, Func<byte[]> Write)>();
        // The search script gets the generator's word lists written into it (see SearchScript).
        files.AddRange(templates.Assets.Select(a => ("assets/" + a.Key, a.Key == "search.js" ? () => SearchScript.Complete(a.Value) : (Func<byte[]>)(() => a.Value))));
        files.AddRange(new DataFilesRenderer(site, templates.Strings).Plan(() => tables.Value));
        files.Add(("sitemap.xml", () => SitemapWriter.Write(site, Pages.Select(p => (p.Route, p.Language)))));
        files.Add(("robots.txt", () => Utf8.GetBytes($"User-agent: *\nAllow: /\n\nSitemap: {site.Absolute(site.Urls.Root("sitemap.xml"))}\n")));
        files.Add((".nojekyll", () => []));
        Files = files;

        // Two records whose routes collide share one path here; UrlCollisionChecker reports them from AllPaths.
        foreach (var page in Pages.Append(NotFound))
        {
            _pagesByPath.TryAdd(PathOf(page), page);
        }

        foreach (var (path, write) in files)
        {
            _filesByPath.TryAdd(path, write);
        }

        Paths = [.. _pagesByPath.Keys.Concat(_filesByPath.Keys.Where(path => !_pagesByPath.ContainsKey(path))).Order(StringComparer.Ordinal)];
    }

    /// <summary>The base path every link of the site starts with.</summary>
    public string BasePath => _site.Urls.BasePath;

    /// <summary>The pages of both editions, the search and data pages included; not the 404 page.</summary>
    public ImmutableArray<PagePlan> Pages { get; }

    /// <summary>The not-found page, written once at the site root.</summary>
    public PagePlan NotFound { get; }

    /// <summary>The files that are not pages: assets, data, feeds, sitemap, robots.txt, .nojekyll.</summary>
    public IReadOnlyList<(string Path, Func<byte[]> Write)> Files { get; }

    /// <summary>Every output path once, in ordinal order.</summary>
    public IReadOnlyList<string> Paths { get; }

    /// <summary>Every output path as planned, a path twice when two records would be written to it.</summary>
    public IEnumerable<string> AllPaths => Pages.Append(NotFound).Select(PathOf).Concat(Files.Select(f => f.Path));

    public bool Contains(string path) => _pagesByPath.ContainsKey(path) || _filesByPath.ContainsKey(path);

    /// <summary>The bytes of the file at <paramref name="path"/>; null when there is no such file or a template failed (reported to <paramref name="bag"/>).</summary>
    public byte[]? Produce(string path, DiagnosticBag bag) =>
        _pagesByPath.TryGetValue(path, out var page) ? Render(page, bag)
        : _filesByPath.TryGetValue(path, out var write) ? write()
        : null;

    /// <summary>The page's HTML, or null after reporting a template error to <paramref name="bag"/>.</summary>
    public byte[]? Render(PagePlan plan, DiagnosticBag bag)
    {
        var page = plan.Build();

        // The 404 page has no structured data: it describes nothing.
        var layout = ReferenceEquals(plan, NotFound)
            ? _layouts.For(page)
            : _layouts.For(page) with { StructuredData = _structuredData.For(page) is { } json ? new TrustedHtml(json) : null };
        return _renderer.Render(page, layout, bag) is { } html ? Utf8.GetBytes(html) : null;
    }

    private string PathOf(PagePlan plan) => ReferenceEquals(plan, NotFound) ? NotFoundPath : plan.OutputPath;
}
