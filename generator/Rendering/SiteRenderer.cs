using System.Collections.Concurrent;
using Hubwatch.Diagnostics;
using Hubwatch.Model;

namespace Hubwatch.Rendering;

/// <summary>
/// Renders the whole site: every file of its <see cref="SitePlan"/> as bytes, on all cores. Writing them is
/// the output stage's business (<c>Output/SiteOutput</c>).
/// </summary>
public static class SiteRenderer
{
    /// <summary>
    /// Every file of <paramref name="plan"/>, rendered as the query is consumed, in no particular order; a page whose
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
        var work = plan.Pages.Select(page => (Path: page.OutputPath, Render: (Func<byte[]?>)(() => plan.Render(page, bag))))
            .Append((Path: SitePlan.NotFoundPath, Render: () => plan.Render(plan.NotFound, bag)))
            .Concat(plan.Files.Select(file => (file.Path, Render: (Func<byte[]?>)(() => file.Write()))))
            .ToArray();
        return Partitioner.Create(work, loadBalance: true).AsParallel()
            .Select(item =>
            {
                var bytes = item.Render();
                onFile?.Invoke();
                return bytes is null ? null : new OutputFile(item.Path, bytes);
            })
            .Where(file => file is not null)!;
    }

    /// <summary>How many files <see cref="Render"/> produces when every template succeeds, for progress reports.</summary>
    public static int Count(SitePlan plan) => plan.Pages.Length + 1 + plan.Files.Count;
}
