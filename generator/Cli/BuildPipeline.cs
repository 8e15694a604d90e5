using Hubwatch.Content;
using Hubwatch.Diagnostics;
using Hubwatch.History;
using Hubwatch.Loading;
using Hubwatch.Model;
using Hubwatch.Output;
using Hubwatch.Rendering;
using Hubwatch.Validation;

namespace Hubwatch.Cli;

/// <summary>
/// The five stages, each a value passed to the next: load → validate → model → render → write. The pipeline
/// stops between stages when there are errors, so later stages never see broken content. Everything a build
/// reuses goes through its <see cref="BuildMemo"/> (see <see cref="BuildStages"/>): a build of its own
/// without one, a serve session's rebuild with the one the session keeps.
/// </summary>
/// <param name="history">Whether the git history is read (build and serve) or not (check).</param>
public sealed class BuildPipeline(BuildSettings settings, Progress progress, BuildMemo? memo = null, HistoryUse history = HistoryUse.None)
{
    private readonly BuildMemo _memo = memo ?? new BuildMemo();

    /// <summary>
    /// Runs every stage, writing the site into <paramref name="output"/> (a staging folder, or nothing for check);
    /// without one the files are kept in memory and returned with their bytes.
    /// </summary>
    public BuildResult Run(ISiteOutput? output = null)
    {
        // load → validate → model (and the plan of every file).
        var (plan, bag) = Plan();
        if (plan is null)
        {
            return new BuildResult(null, bag);
        }

        // render → write: files are rendered as the output takes them, on all cores, never all held at once; the
        // stage's time is both.
        var memory = output is null ? new SiteOutput.InMemory() : null;
        var files = progress.Stage(
            "render",
            () =>
            {
                progress.Expect(SiteRenderer.Count(plan), "files");
                return SiteOutput.WriteAll(SiteRenderer.Render(plan, bag, progress.Advance), output ?? memory!);
            },
            f => $"{f.Count(IsPage)} pages, {f.Count} files");
        return new BuildResult(bag.HasErrors ? null : memory?.Files ?? files, bag, plan.BasePath);
    }

    /// <summary>
    /// Runs load, validate and model: the plan knows every file of the site and produces each on demand (serve
    /// renders a page when it is requested). The plan is null when the content or templates have errors.
    /// </summary>
    public (SitePlan? Plan, DiagnosticBag Diagnostics) Plan()
    {
        var bag = new DiagnosticBag();
        var paths = new ContentPaths(Path.GetFullPath(settings.ContentDir), Path.GetFullPath(settings.Seeds), Directory.GetCurrentDirectory());
        _memo.Files?.ResetCounts();

        // Load. Nothing is read while a link could lead the loader outside the repository.
        // After a check that found none, serve looks only at what changed.
        var changed = _memo.FoundNoLinks ? _memo.Files?.ExpectedChanges : null;
        _memo.FoundNoLinks = LinkCheck.Check([("content", paths.ContentDir), ("seeds", paths.SeedsDir), ("templates", Path.GetFullPath(settings.Templates))], paths, bag, changed);
        if (!_memo.FoundNoLinks)
        {
            return (null, bag);
        }

        // The history needs only the paths: git is read while the content loads and is checked, and the model waits
        // for it. Leaving early (errors) stops it.
        using var history = StartHistory(paths);

        var content = progress.Stage("load", () => new ContentLoader(paths, _memo.Files).Load(bag), c =>
            $"{c.Hubs.Length} hubs, {c.Programs.Length} programs, {c.Partners.Length} partners, {c.Agreements.Length} agreements, {c.Funding.Length} funding figures, {c.Seeds.Length} sources{Reads()}");
        content = WithRepository(content, bag);
        var templates = progress.Stage("templates", () => LoadTemplates(paths, bag), t => $"{t?.Templates.Count ?? 0} templates");

        // Validate: runs even after loading errors, so an editor sees every mistake in one run.
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

        // Model: the history, the site model, and the pages planned in Model (each builds its view model when rendered).
        var changes = progress.Stage("history", () => FinishHistory(history, paths, bag), h => $"{h.Records.Count} files with history, {h.NewestFirst.Length} revisions (the wait for git after validate)");
        var model = progress.Stage("model", () => BuildStages.Model(index, urls, _memo, changes), m => $"base path {urls.BasePath}, total {MoneyFormatter.Korean(m.Totals.Total)}");
        var plan = progress.Stage("plan", () => BuildStages.Plan(model, templates, _memo), p => $"{p.Pages.Length + 1} pages, {p.Paths.Count} files");
        BuildStages.CheckRoutes(plan, content, paths.Display(paths.ContentDir), _memo, bag);
        return (bag.HasErrors ? null : plan, bag);
    }

    /// <summary>The content with <c>--repository</c> in place of site.yaml's <c>repository</c>, when it is given (a fork's workflow gives its own).</summary>
    private ContentSet WithRepository(ContentSet content, DiagnosticBag bag)
    {
        if (settings.Repository is not { } repository)
        {
            return content;
        }

        if (!Uri.TryCreate(repository, UriKind.Absolute, out var uri) || uri.Scheme is not ("https" or "http"))
        {
            bag.Error(SourceLocation.Whole("--repository"), $"'{repository}' is not an http or https address", "give the repository's address, e.g. https://github.com/owner/hubwatch");
            return content;
        }

        return content with { Site = content.Site with { Repository = repository } };
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

    /// <summary>Starts reading the history of the content and seeds, unless this build reads none (check).</summary>
    private HistoryRead StartHistory(ContentPaths paths)
    {
        if (history == HistoryUse.None)
        {
            return new HistoryRead(_ => SiteHistory.None("not read"));
        }

        // serve asks git again only about the files the watcher saw change (and those it knew were edited).
        var reader = new GitHistoryReader(paths.ContentDir, paths.SeedsDir);
        var (previous, changed) = (_memo.History, _memo.Files?.ExpectedChanges);
        return new HistoryRead(cancel => reader.Read(history == HistoryUse.WithEditing, previous, changed, cancel));
    }

    /// <summary>The history once read; says once, as a warning, when it is incomplete.</summary>
    private SiteHistory FinishHistory(HistoryRead pending, ContentPaths paths, DiagnosticBag bag)
    {
        var read = pending.Result;
        if (history == HistoryUse.None)
        {
            return read;
        }

        _memo.History = read;
        if (read.Incomplete is { } why && history != HistoryUse.Checked)
        {
            bag.Warning(
                SourceLocation.File(paths.Display(paths.ContentDir)),
                $"the git history is incomplete ({why}): pages and data are dated only as far as it goes",
                "build from a clone with full history and every change committed (on GitHub Actions: actions/checkout with fetch-depth: 0)");
        }

        return read;
    }

    private string Reads() => _memo.Files is not { } cache ? "" : $" ({cache.Reads} files read, {cache.Reuses} unchanged)";

    /// <summary>The history being read on a thread of its own; disposing it before it is done stops it and waits for it to end.</summary>
    private sealed class HistoryRead : IDisposable
    {
        private readonly CancellationTokenSource _cancel = new();
        private readonly Task<SiteHistory> _read;

        public HistoryRead(Func<CancellationToken, SiteHistory> read)
        {
            var token = _cancel.Token;
            _read = Task.Factory.StartNew(() => read(token), token, TaskCreationOptions.LongRunning, TaskScheduler.Default);
        }

        /// <summary>Waits for the history; a failure is thrown as it was.</summary>
        public SiteHistory Result => _read.GetAwaiter().GetResult();

        public void Dispose()
        {
            if (!_read.IsCompleted)
            {
                _cancel.Cancel();
                try
                {
                    _read.Wait();
                }
                catch (AggregateException)
                {
                    // Stopped, or failed: either way nothing of it is used.
                }
            }

            _cancel.Dispose();
        }
    }
}
