using Hubwatch.Content;
using Hubwatch.Diagnostics;
using Hubwatch.History;
using Hubwatch.Loading;
using Hubwatch.Model.Diff;
using Hubwatch.Rendering;

namespace Hubwatch.Cli;

/// <summary>
/// <c>hubwatch diff &lt;base-ref&gt;</c>: compares the content at a git reference with the working tree and prints, in
/// Markdown, the records added, removed and changed, field by field, and every total that moves, in Korean and English.
/// </summary>
public static class DiffCommand
{
    public static int Run(DiffSettings request, TextWriter output, TextWriter error)
    {
        var settings = request.Build;
        var reference = request.Reference;
        using var snapshot = GitSnapshot.Extract(settings.ContentDir, settings.Seeds, reference, out var problem);
        if (snapshot is null)
        {
            error.WriteLine($"hubwatch: {problem}");
            return ExitCodes.UsageOrInternal;
        }

        var root = Directory.GetCurrentDirectory();
        var paths = new ContentPaths(Path.GetFullPath(settings.ContentDir), Path.GetFullPath(settings.Seeds), root);
        var bag = new DiagnosticBag();
        var after = new ContentLoader(paths).Load(bag);
        var templates = new TemplateLoader(Path.GetFullPath(settings.Templates), paths, Hubwatch.Model.InterfaceKeys.Required).Load(bag);
        var baseLabel = $"`{reference}` (`{snapshot.Sha[..7]}`)";

        // The content is checked as `check` checks it: totals of content with errors (a part counted twice, a quote
        // that says otherwise) would mislead the reviewer, so they are not shown until it is right.
        var afterIndex = bag.HasErrors ? null : BuildStages.Validate(after, new BuildMemo(), bag);
        if (bag.HasErrors || templates is null || afterIndex is null)
        {
            App.Report(bag, error);
            error.WriteLine($"{bag.ErrorCount} error(s); fix the content before comparing it.");

            // A reviewer reading the pull request's summary learns why it compares nothing, and what to fix.
            output.Write(DiffMarkdownWriter.WriteProblems(bag.Sorted().Where(d => d.Severity == Severity.Error), baseLabel, templates?.Strings));
            return ExitCodes.ContentErrors;
        }

        // The base was committed, so it was checked then; what it holds is compared as it is.
        var before = new ContentLoader(new ContentPaths(snapshot.ContentDir, snapshot.SeedsDir, snapshot.Root)).Load(new DiagnosticBag());
        var diff = ContentDiff.Between(before, after);
        var writer = new DiffMarkdownWriter(BuildStages.Index(before, new BuildMemo()), afterIndex, templates.Strings);
        output.Write(writer.Write(diff, baseLabel));
        return ExitCodes.Ok;
    }
}
