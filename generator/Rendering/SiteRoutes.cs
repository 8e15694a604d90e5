namespace Hubwatch.Rendering;

/// <summary>
/// Where each output path of a site leads: to a page (its place in the plan's pages) or to another file (its place
/// in the plan's files), and every path once in ordinal order. It depends on the paths alone, so <c>serve</c> keeps
/// it while they are equal: an edit to prose changes no path, and the ~35,000 paths of a large site need not be
/// looked up, sorted and checked for collisions again.
/// </summary>
public sealed class SiteRoutes
{
    private readonly Dictionary<string, int> _pages;
    private readonly Dictionary<string, int> _files;

    /// <param name="paths">The page paths in the plan's order (the 404 page last), and the other files' paths in theirs.</param>
    private SiteRoutes((string[] Pages, string[] Files) paths)
    {
        Planned = paths;

        // Two records whose routes collide share one path here: the first planned wins, and the collision is reported from Planned.
        var pages = new Dictionary<string, int>(paths.Pages.Length, StringComparer.Ordinal);
        for (var i = 0; i < paths.Pages.Length; i++)
        {
            pages.TryAdd(paths.Pages[i], i);
        }

        var files = new Dictionary<string, int>(paths.Files.Length, StringComparer.Ordinal);
        for (var i = 0; i < paths.Files.Length; i++)
        {
            if (!pages.ContainsKey(paths.Files[i]))
            {
                files.TryAdd(paths.Files[i], i);
            }
        }

        _pages = pages;
        _files = files;
        Paths = [.. pages.Keys.Concat(files.Keys).Order(StringComparer.Ordinal)];
    }

    /// <summary>The routes of these paths (a stage of <see cref="SitePlan"/>, kept by <c>serve</c> while the paths are equal).</summary>
    public static SiteRoutes Of((string[] Pages, string[] Files) paths) => new(paths);

    /// <summary>Every output path as planned, a path twice when two records would be written to it.</summary>
    public (string[] Pages, string[] Files) Planned { get; }

    /// <summary>Every output path once, in ordinal order.</summary>
    public IReadOnlyList<string> Paths { get; }

    public bool Contains(string path) => _pages.ContainsKey(path) || _files.ContainsKey(path);

    /// <summary>The place of the page at <paramref name="path"/> among the planned pages.</summary>
    public bool TryGetPage(string path, out int page) => _pages.TryGetValue(path, out page);

    /// <summary>The place of the file (not a page) at <paramref name="path"/> among the planned files.</summary>
    public bool TryGetFile(string path, out int file) => _files.TryGetValue(path, out file);
}
