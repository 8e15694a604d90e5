using System.Collections.Immutable;
using System.Diagnostics;
using Hubwatch.Diagnostics;
using Hubwatch.Serving;

namespace Hubwatch.Cli;

/// <summary>
/// The builds of one <c>serve</c> run: each rebuild reuses what did not change (the session's <see cref="BuildMemo"/>),
/// publishes a good result to the served site, where each file is produced when first requested, or keeps
/// the last good site and shows the errors over it.
/// </summary>
public sealed class ServeSession(BuildSettings settings, Progress progress, TextWriter error)
{
    private readonly BuildMemo _memo = new(keepsFiles: true);
    private ImmutableArray<Diagnostic> _shown = [];

    public SiteState State { get; } = new(settings.BasePath ?? "/");

    /// <summary>
    /// Builds again, up to the site model and the plan of every file; the served files are produced when first
    /// requested. <paramref name="changed"/> names the files that set it off, for the report line.
    /// </summary>
    public RebuildReport Rebuild(IReadOnlyList<string> changed)
    {
        var clock = Stopwatch.StartNew();

        // The watcher names what changed, so unchanged files need not be looked at. The first build, and a
        // batch that names a folder (the watcher's buffer overflowed) or a path that is not a file (a folder
        // deleted or renamed), look at every file.
        _memo.Files!.ExpectChanges(changed.Count == 0 || changed.Any(p => Directory.Exists(p) || !Path.HasExtension(p)) ? null : changed);
        var (plan, bag) = PlanOrFailure();
        clock.Stop();

        // Errors are shown on every failed build; warnings only when they differ from the last ones shown,
        // so saving a file does not print the same warnings again and again.
        var diagnostics = bag.Sorted();
        if (plan is null || !diagnostics.SequenceEqual(_shown))
        {
            var shown = new DiagnosticBag();
            shown.AddRange(diagnostics);
            App.Report(shown, error);
            _shown = diagnostics;
        }

        var cause = changed.Count == 0 ? "" : $" after a change to {Describe(changed)}";
        var report = new RebuildReport(plan is not null, _memo.Files!.Reads, clock.Elapsed);
        if (plan is null)
        {
            State.PublishErrors([.. diagnostics.Where(d => d.Severity == Severity.Error)]);
            error.WriteLine($"{bag.ErrorCount} error(s){cause}; still serving the last good build.");
            return report;
        }

        State.PublishBuild(new ServedFiles(plan), plan.BasePath);
        progress.Say(changed.Count == 0
            ? $"Ready in {clock.ElapsedMilliseconds} ms: {plan.Pages.Length + 1} pages, each rendered when first requested."
            : $"Rebuilt{cause} in {clock.ElapsedMilliseconds} ms: {_memo.Files!.Reads} file(s) read; open pages reload if what they show changed.");
        return report;
    }

    /// <summary>
    /// The build's plan, or, when something unexpected stopped it (a file vanishing half-way through a save, a
    /// folder that cannot be read), no plan and the failure as an error, so serve keeps going and shows it.
    /// </summary>
    private (Rendering.SitePlan? Plan, DiagnosticBag Diagnostics) PlanOrFailure()
    {
        try
        {
            return new BuildPipeline(settings, progress, _memo).Plan();
        }
        catch (Exception e)
        {
            var bag = new DiagnosticBag();
            var what = e is IOException or UnauthorizedAccessException ? Output.IoProblem.Describe(e) : $"internal error ({e.GetType().Name}: {e.Message.ReplaceLineEndings(" ").TrimEnd('.', ' ')})";
            bag.Error(SourceLocation.Whole("hubwatch"), $"the build stopped: {what}", "save the file again once it is complete; run 'hubwatch build --verbose' for the details");
            return (null, bag);
        }
    }

    private static string Describe(IReadOnlyList<string> changed)
    {
        // Editors and tools save through temporary files that are gone by now; name the files that are there.
        var existing = changed.Where(File.Exists).ToArray();
        changed = existing.Length > 0 ? existing : changed;
        var shown = changed.Take(3).Select(p => Path.GetRelativePath(Directory.GetCurrentDirectory(), p).Replace('\\', '/'));
        return string.Join(", ", shown) + (changed.Count > 3 ? $" and {changed.Count - 3} more" : "");
    }
}
