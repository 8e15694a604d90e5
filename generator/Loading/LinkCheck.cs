using System.IO.Enumeration;
using Hubwatch.Diagnostics;

namespace Hubwatch.Loading;

/// <summary>
/// Content is what is in the repository: a symbolic link under content/, seeds/ or templates/ (a file or a
/// folder, or one of those folders itself) could make the build read and publish any file of the machine it
/// runs on, so every link is an error naming it and its target, and nothing is loaded. Links are never
/// followed, so a folder that links to itself is named once.
/// </summary>
/// <remarks>
/// Looking at every entry of a large content folder takes tens of milliseconds, so <c>serve</c>, once a check found
/// no link, looks next time only at the paths its watcher saw change: a link can appear nowhere else.
/// </remarks>
public static class LinkCheck
{
    /// <summary>Reports every link in the folders; true when there were none.</summary>
    /// <param name="changed">
    /// The paths that may have changed since a check that found no link (files or folders, as a watcher reports them);
    /// null to look at everything in the folders.
    /// </param>
    public static bool Check(IEnumerable<(string Name, string Folder)> folders, ContentPaths paths, DiagnosticBag bag, IReadOnlyCollection<string>? changed = null)
    {
        var clean = true;
        foreach (var (name, folder) in folders)
        {
            var root = new DirectoryInfo(folder);
            if (root.LinkTarget is { } rootTarget)
            {
                bag.Error(SourceLocation.Whole(paths.Display(folder)), $"the {name} folder is a symbolic link to {rootTarget}; links are not followed", $"make {name}/ a folder in the repository");
                clean = false;
                continue;
            }

            if (!root.Exists)
            {
                continue;
            }

            foreach (var link in changed is null ? Links(folder) : LinksAmong(Path.TrimEndingDirectorySeparator(root.FullName), changed))
            {
                var target = new FileInfo(link).LinkTarget ?? "?";
                bag.Error(SourceLocation.Whole(paths.Display(link)), $"symbolic link to {target}; links are not followed", "put the file or folder itself in the repository");
                clean = false;
            }
        }

        return clean;
    }

    /// <summary>The links among the changed paths under <paramref name="folder"/>: a path itself, a folder between it and <paramref name="folder"/>, or anything in a changed folder.</summary>
    private static IEnumerable<string> LinksAmong(string folder, IReadOnlyCollection<string> changed)
    {
        var links = new SortedSet<string>(StringComparer.Ordinal);
        foreach (var path in changed.Select(p => Path.TrimEndingDirectorySeparator(Path.GetFullPath(p))))
        {
            // Case is ignored: on a file system that ignores it, a watcher may spell a path otherwise; looking once too often costs little.
            if (IsSameOrUnder(folder, path))
            {
                links.UnionWith(Links(folder));
                continue;
            }

            if (!IsSameOrUnder(path, folder))
            {
                continue;
            }

            for (var current = path; current.Length > folder.Length; current = Path.GetDirectoryName(current)!)
            {
                if (IsLink(current))
                {
                    links.Add(current);
                }
            }

            if (!IsLink(path) && Directory.Exists(path))
            {
                links.UnionWith(Links(path));
            }
        }

        return links;
    }

    private static bool IsSameOrUnder(string path, string folder) =>
        path.StartsWith(folder, StringComparison.OrdinalIgnoreCase) && (path.Length == folder.Length || path[folder.Length] == Path.DirectorySeparatorChar);

    /// <summary>Whether the entry at <paramref name="path"/> is a link, without following it; false when there is none.</summary>
    private static bool IsLink(string path)
    {
        // Read with lstat; a path with no entry has every attribute bit set (-1).
        var attributes = new FileInfo(path).Attributes;
        return (int)attributes != -1 && (attributes & FileAttributes.ReparsePoint) != 0;
    }

    private static IEnumerable<string> Links(string folder)
    {
        var options = new EnumerationOptions { RecurseSubdirectories = true, AttributesToSkip = 0 };
        var links = new FileSystemEnumerable<string>(folder, (ref FileSystemEntry entry) => entry.ToFullPath(), options)
        {
            ShouldIncludePredicate = (ref FileSystemEntry entry) => (entry.Attributes & FileAttributes.ReparsePoint) != 0,
            ShouldRecursePredicate = (ref FileSystemEntry entry) => (entry.Attributes & FileAttributes.ReparsePoint) == 0,
        };
        return links.Order(StringComparer.Ordinal);
    }
}
