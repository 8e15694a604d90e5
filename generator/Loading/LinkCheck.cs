using System.IO.Enumeration;
using Hubwatch.Diagnostics;

namespace Hubwatch.Loading;

/// <summary>
/// Content is what is in the repository: a symbolic link under content/, seeds/ or templates/ (a file or a
/// folder, or one of those folders itself) could make the build read and publish any file of the machine it
/// runs on, so every link is an error naming it and its target, and nothing is loaded. Links are never
/// followed, so a folder that links to itself is named once.
/// </summary>
public static class LinkCheck
{
    /// <summary>Reports every link in the folders; true when there were none.</summary>
    public static bool Check(IEnumerable<(string Name, string Folder)> folders, ContentPaths paths, DiagnosticBag bag)
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

            foreach (var link in Links(folder))
            {
                var target = new FileInfo(link).LinkTarget ?? "?";
                bag.Error(SourceLocation.Whole(paths.Display(link)), $"symbolic link to {target}; links are not followed", "put the file or folder itself in the repository");
                clean = false;
            }
        }

        return clean;
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
