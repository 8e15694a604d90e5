using System.Collections.Concurrent;
using Hubwatch.Diagnostics;
using Hubwatch.Model;

namespace Hubwatch.Rendering;

/// <summary>
/// Renders the whole site: every file of its <see cref="SitePlan"/>, on all cores. Writing them is
/// the output stage's business (<c>Output/SiteOutput</c>).
/// </summary>
public static class SiteRenderer
{
    /// <summary>
    /// Every file of <paramref name="plan"/>, rendered as the query is consumed, in no particular order (a data file is
    /// made as it is written, by the output stage); a page whose
    /// template fails is left out and its error is in <paramref name="bag"/>. <paramref name="onFile"/> is called as
    /// each file is done, for progress reports.
    /// </summary>
    /// <remarks>
    /// Page models are built as they are rendered and dropped after, rather than all held at once: at 10,000 funding
    /// figures the views of both editions took hundreds of megabytes. Load balancing hands out pages in small chunks,
    /// so one long page (the funding index) does not leave a core idle.
    /// </remarks>
    public static ParallelQuery<OutputFile> Render(SitePlan plan, DiagnosticBag bag, Action? onFile = null)
    {
        var work = plan.Pages.Select(page => (Func<OutputFile?>)(() => plan.Render(page, bag) is { } html ? new OutputFile(page.OutputPath, html) : null))
            .Append(() => plan.Render(plan.NotFound, bag) is { } html ? new OutputFile(SitePlan.NotFoundPath, html) : null)
            .Concat(plan.Files.Select(file => (Func<OutputFile?>)(() => new OutputFile(file.Path, file.Write))))
            .ToArray();
        return Partitioner.Create(work, loadBalance: true).AsParallel()
            .Select(render =>
            {
                var file = render();
                onFile?.Invoke();
                return file;
            })
            .Where(file => file is not null)!;
    }

    /// <summary>How many files <see cref="Render"/> produces when every template succeeds, for progress reports.</summary>
    public static int Count(SitePlan plan) => plan.Pages.Length + 1 + plan.Files.Count;
}
