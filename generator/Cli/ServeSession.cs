using System.Collections.Immutable;
using System.Diagnostics;
using Hubwatch.Diagnostics;
using Hubwatch.Serving;

namespace Hubwatch.Cli;

/// <summary>
/// The builds of one <c>serve</c> run: each rebuild reuses what did not change (a <see cref="BuildCache"/>),
/// publishes a good result to the served site, or keeps the last good site and shows the errors over it.
/// </summary>
public sealed class ServeSession(BuildSettings settings, Progress progress, TextWriter error)
{
    private readonly BuildCache _cache = new();
    private ImmutableArray<Diagnostic> _shown = [];

    public SiteState State { get; } = new(settings.BasePath ?? "/");

    /// <summary>Builds again; <paramref name="changed"/> names the files that set it off, for the report line.</summary>
    public RebuildReport Rebuild(IReadOnlyList<string> changed)
    {
        var clock = Stopwatch.StartNew();
        var result = new BuildPipeline(settings, progress, _cache).Run();
        clock.Stop();

        // Errors are shown on every failed build; warnings only when they differ from the last ones shown,
        // so saving a file does not print the same warnings again and again.
        var diagnostics = result.Diagnostics.Sorted();
        if (result.Files is null || !diagnostics.SequenceEqual(_shown))
        {
            var bag = new DiagnosticBag();
            foreach (var diagnostic in diagnostics)
            {
                bag.Add(diagnostic);
            }

            App.Report(bag, error);
            _shown = diagnostics;
        }

        var cause = changed.Count == 0 ? "" : $" after a change to {Describe(changed)}";
        if (result.Files is null)
        {
            State.PublishErrors([.. diagnostics.Where(d => d.Severity == Severity.Error)]);
            error.WriteLine($"{result.Diagnostics.ErrorCount} error(s){cause}; still serving the last good build.");
            return new RebuildReport(false, _cache.Files.Reads, _cache.Pages.Rendered, _cache.Pages.Reused, [], clock.Elapsed);
        }

        var outputs = State.PublishBuild(result.Files, result.BasePath ?? "/");
        var pages = result.Files.Count(BuildPipeline.IsPage);
        progress.Say(changed.Count == 0
            ? $"Built {pages} pages in {clock.ElapsedMilliseconds} ms."
            : $"Rebuilt{cause} in {clock.ElapsedMilliseconds} ms: {_cache.Files.Reads} file(s) read, {_cache.Pages.Rendered} of {pages} pages rendered, {outputs.Count} output file(s) changed.");
        return new RebuildReport(true, _cache.Files.Reads, _cache.Pages.Rendered, _cache.Pages.Reused, outputs, clock.Elapsed);
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
