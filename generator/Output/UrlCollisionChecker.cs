using Hubwatch.Diagnostics;
using Hubwatch.Rendering;

namespace Hubwatch.Output;

/// <summary>No two outputs may claim one path (a page id equal to a section name, say).</summary>
public static class UrlCollisionChecker
{
    /// <summary>
    /// The paths (in lower case) that more than one of a plan's outputs claims, with how many claim each, in the order
    /// first claimed. They depend on the paths alone, so serve keeps them with the routes.
    /// </summary>
    public static IReadOnlyList<(string Path, int Count)> Find(SiteRoutes routes) =>
        [.. routes.Planned.Pages.Concat(routes.Planned.Files).GroupBy(p => p.ToLowerInvariant()).Where(g => g.Count() > 1).Select(g => (g.Key, g.Count()))];

    public static void Report(IReadOnlyList<(string Path, int Count)> collisions, string contentDisplay, DiagnosticBag bag)
    {
        foreach (var (path, count) in collisions)
        {
            bag.Error(SourceLocation.File(contentDisplay), $"{count} pages would be written to '{path}'", "rename one of the records so their URLs differ");
        }
    }
}
