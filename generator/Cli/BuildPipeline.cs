using System.Diagnostics;
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
/// between stages when there are errors, so later stages never see broken content.
/// </summary>
public sealed class BuildPipeline(BuildSettings settings, Progress progress)
{
    public BuildResult Run()
    {
        var bag = new DiagnosticBag();
        var paths = new ContentPaths(Path.GetFullPath(settings.ContentDir), Path.GetFullPath(settings.Seeds), Directory.GetCurrentDirectory());

        var content = progress.Stage("load", () => new ContentLoader(paths).Load(bag), c =>
            $"{c.Hubs.Length} hubs, {c.Programs.Length} programs, {c.Partners.Length} partners, {c.Agreements.Length} agreements, {c.Funding.Length} funding figures, {c.Seeds.Length} sources");
        var templates = progress.Stage("templates", () => new TemplateLoader(Path.GetFullPath(settings.Templates), paths).Load(bag), t => $"{t?.Templates.Count ?? 0} templates");
        // Validation runs even after loading errors, so an editor sees every mistake in one run.
        var index = progress.Stage("validate", () => ContentValidator.Validate(content, bag), _ => $"{content.AllCitations().Count()} citations checked");
        if (bag.HasErrors || templates is null)
        {
            return new BuildResult(null, bag);
        }

        var urls = new UrlScheme(BasePath(content.Site));
        var model = progress.Stage("model", () => new SiteModel(index, urls), m => $"base path {urls.BasePath}, total {MoneyFormatter.Korean(m.Totals.Total)}");
        var files = progress.Stage("render", () => new SiteRenderer(model, templates).Render(bag), f => $"{f.Count} files");
        UrlCollisionChecker.Check(files, paths.Display(paths.ContentDir), bag);
        return new BuildResult(bag.HasErrors ? null : files, bag);
    }

    /// <summary>The command line wins; a custom domain serves the site at its root; otherwise site.yaml's base_path.</summary>
    private string BasePath(SiteConfig site) => settings.BasePath ?? (site.Domain is not null ? "/" : site.BasePath);
}
