using Hubwatch.Diagnostics;
using Hubwatch.Rendering;

namespace Hubwatch.Output;

/// <summary>No two outputs may claim one path (a page id equal to a section name, say).</summary>
public static class UrlCollisionChecker
{
    public static void Check(IEnumerable<OutputFile> files, string contentDisplay, DiagnosticBag bag)
    {
        foreach (var group in files.GroupBy(f => f.Path.ToLowerInvariant()).Where(g => g.Count() > 1))
        {
            bag.Error(SourceLocation.File(contentDisplay), $"{group.Count()} pages would be written to '{group.Key}'", "rename one of the records so their URLs differ");
        }
    }
}
