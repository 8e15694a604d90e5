using System.Collections.Concurrent;
using Hubwatch.Diagnostics;
using Hubwatch.Model;

namespace Hubwatch.Rendering;

/// <summary>
/// Renders the whole site: every file of its <see cref="SitePlan"/>, pages on all cores.
/// </summary>
public static class SiteRenderer
{
    /// <summary>
    /// Renders every output of <paramref name="plan"/>. <paramref name="onStart"/> learns how many pages there are
    /// and <paramref name="onPage"/> is called as each is done, for progress reports. With <paramref name="emit"/>,
    /// each file is handed to it as soon as it is rendered (from any thread) and not kept: the returned list then
    /// names the files without their bytes.
    /// </summary>
    public static IReadOnlyList<OutputFile> Render(SitePlan plan, DiagnosticBag bag, Action<int>? onStart = null, Action? onPage = null, Action<OutputFile>? emit = null)
    {
        var files = new ConcurrentBag<OutputFile>();
        void Add(string path, byte[]? bytes)
        {
            if (bytes is null)
            {
                return; // a template failed; the error is in the bag
            }

            var file = new OutputFile(path, bytes);
            if (emit is null)
            {
                files.Add(file);
                return;
            }

            emit(file);
            files.Add(file with { Content = [] });
        }

        onStart?.Invoke(plan.Pages.Length + 1);

        // Page models are built as they are rendered and dropped after, rather than all held at once: at 10,000
        // funding figures the views of both editions took hundreds of megabytes. Load balancing hands out pages
        // in small chunks, so one long page (the funding index) does not leave a core idle.
        Parallel.ForEach(Partitioner.Create((IList<PagePlan>)plan.Pages, loadBalance: true), page =>
        {
            Add(page.OutputPath, plan.Render(page, bag));
            onPage?.Invoke();
        });
        Add(SitePlan.NotFoundPath, plan.Render(plan.NotFound, bag));
        onPage?.Invoke();

        foreach (var (path, write) in plan.Files)
        {
            Add(path, write());
        }

        // Parallel rendering finishes in any order; sort so the file list is stable.
        return [.. files.OrderBy(f => f.Path, StringComparer.Ordinal)];
    }
}
