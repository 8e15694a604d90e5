using Hubwatch.Diagnostics;

namespace Hubwatch.Output;

/// <summary>No two outputs may claim one path (a page id equal to a section name, say).</summary>
public static class UrlCollisionChecker
{
    public static void Check(IEnumerable<string> paths, string contentDisplay, DiagnosticBag bag)
    {
        foreach (var group in paths.GroupBy(p => p.ToLowerInvariant()).Where(g => g.Count() > 1))
        {
            bag.Error(SourceLocation.File(contentDisplay), $"{group.Count()} pages would be written to '{group.Key}'", "rename one of the records so their URLs differ");
        }
    }
}
