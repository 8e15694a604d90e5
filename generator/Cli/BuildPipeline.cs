using Hubwatch.Content;
using Hubwatch.Diagnostics;
using Hubwatch.Loading;
using Hubwatch.Model;
using Hubwatch.Output;
using Hubwatch.Rendering;
using Hubwatch.Validation;

namespace Hubwatch.Cli;

/// <summary>
/// load → validate → model → render, each stage a value passed to the next. The pipeline stops
/// between stages when there are errors, so later stages never see broken content. Everything a build
/// reuses goes through its <see cref="BuildMemo"/> (see <see cref="BuildStages"/>): a build of its own
/// without one, a serve session's rebuild with the one the session keeps.
/// </summary>
public sealed class BuildPipeline(BuildSettings settings, Progress progress, BuildMemo? memo = null)
{
    private readonly BuildMemo _memo = memo ?? new BuildMemo();

    /// <summary>Runs the stages; with <paramref name="emit"/>, rendered files are handed to it as they come instead of kept in the result.</summary>
    public BuildResult Run(Action<OutputFile>? emit = null)
    {
        var (plan, bag) = Plan();
        if (plan is null)
        {
            return new BuildResult(null, bag);
        }

        var files = progress.Stage(
            "render",
            () => SiteRenderer.Render(plan, bag, total => progress.Expect(total, "pages"), progress.Advance, emit),
            f => $"{f.Count(IsPage)} pages, {f.Count} files");
        return new BuildResult(bag.HasErrors ? null : files, bag, plan.BasePath);
    }

    /// <summary>
    /// Runs every stage but rendering: the result knows every file of the site and produces each on demand
    /// (serve renders a page when it is requested). The plan is null when the content or templates have errors.
    /// </summary>
    public (SitePlan? Plan, DiagnosticBag Diagnostics) Plan()
    {
        var bag = new DiagnosticBag();
        var paths = new ContentPaths(Path.GetFullPath(settings.ContentDir), Path.GetFullPath(settings.Seeds), Directory.GetCurrentDirectory());
        _memo.Files?.ResetCounts();
        // Nothing is read while a link could lead the loader outside the repository.
        if (!LinkCheck.Check([("content", paths.ContentDir), ("seeds", paths.SeedsDir), ("templates", Path.GetFullPath(settings.Templates))], paths, bag))
        {
            return (null, bag);
        }

        var content = progress.Stage("load", () => new ContentLoader(paths, _memo.Files).Load(bag), c =>
            $"{c.Hubs.Length} hubs, {c.Programs.Length} programs, {c.Partners.Length} partners, {c.Agreements.Length} agreements, {c.Funding.Length} funding figures, {c.Seeds.Length} sources{Reads()}");
        var templates = progress.Stage("templates", () => LoadTemplates(paths, bag), t => $"{t?.Templates.Count ?? 0} templates");
        // Validation runs even after loading errors, so an editor sees every mistake in one run.
        var index = progress.Stage("validate", () => BuildStages.Validate(content, _memo, bag), i => $"{i.Citations.Length} citations checked");
        if (bag.HasErrors || templates is null)
        {
            return (null, bag);
        }

        var urls = new UrlScheme(SiteAddress.Resolve(content.Site, settings.Url, settings.BasePath, bag));
        if (bag.HasErrors)
        {
            return (null, bag);
        }

        var model = progress.Stage("model", () => BuildStages.Model(index, urls, _memo), m => $"base path {urls.BasePath}, total {MoneyFormatter.Korean(m.Totals.Total)}");
        var plan = progress.Stage("plan", () => new SitePlan(model, templates, BuildStages.Renderer(templates, urls.BasePath, _memo)), p => $"{p.Pages.Length + 1} pages, {p.Paths.Count} files");
        UrlCollisionChecker.Check(plan.AllPaths, paths.Display(paths.ContentDir), bag);
        MarkdownLinkChecker.Check(content, plan.Contains, bag);
        return (bag.HasErrors ? null : plan, bag);
    }

    /// <summary>Whether an output is an HTML page (the rest are assets, the sitemap and the like).</summary>
    public static bool IsPage(OutputFile file) => file.Path.EndsWith(".html", StringComparison.Ordinal);

    private TemplateSet? LoadTemplates(ContentPaths paths, DiagnosticBag bag)
    {
        var dir = Path.GetFullPath(settings.Templates);
        var loader = new TemplateLoader(dir, paths, InterfaceKeys.Required);
        if (_memo.Files is not { } cache || !Directory.Exists(dir))
        {
            return loader.Load(bag);
        }

        // Templates are read as one set (they call each other and share interface text), so any change re-reads them all.
        var files = Directory.EnumerateFiles(dir, "*", SearchOption.AllDirectories).Order(StringComparer.Ordinal).ToArray();
        return cache.GetOrRead(dir, files, bag, loader.Load);
    }

    private string Reads() => _memo.Files is not { } cache ? "" : $" ({cache.Reads} files read, {cache.Reuses} unchanged)";
}
