namespace Hubwatch.Output;

/// <summary>
/// Decides whether a build may replace its output folder. A build swaps the whole folder out, so it must
/// only ever replace what an earlier build wrote: an empty or missing folder, or one holding the
/// <see cref="MarkerName"/> file every build writes. Folders that hold the project's own files (the
/// project root, content, templates, seeds), the filesystem root and home folders are never accepted.
/// </summary>
public static class OutputGuard
{
    /// <summary>The file every build writes at the top of the site; its presence says "Hubwatch wrote this folder".</summary>
    public const string MarkerName = ".hubwatch-site";

    public const string MarkerText = "This folder was written by 'hubwatch build'. The next build replaces it whole.\nRemove this file to keep the folder from being replaced.\n";

    /// <summary>The folders of the project an output must never be, hold or sit inside.</summary>
    public sealed record Project(string Root, string Content, string Templates, string Seeds);

    /// <summary>Why the build must not write to <paramref name="output"/>, or null when it may.</summary>
    /// <param name="output">The output folder as given.</param>
    /// <param name="isDefault">Whether it is the default <c>site/</c> beside the content folder (not given with --output).</param>
    public static string? Refusal(string output, Project project, bool isDefault)
    {
        var full = Path.GetFullPath(output);
        var info = new DirectoryInfo(full);
        if (info.LinkTarget is { } linkTarget)
        {
            return $"it is a symbolic link to {linkTarget}; give the folder itself";
        }

        if (File.Exists(full))
        {
            return "it is a file, not a folder";
        }

        var real = Real(full);
        if (Path.GetPathRoot(real) == real)
        {
            return "it is the filesystem root";
        }

        foreach (var home in Homes())
        {
            if (Same(real, home))
            {
                return "it is a home folder";
            }

            if (IsInside(home, real))
            {
                return $"it holds the home folder {home}";
            }
        }

        if (Same(real, Real(project.Root)))
        {
            return "it is the project root (the folder holding content/)";
        }

        foreach (var (name, folder) in new[] { ("content", project.Content), ("templates", project.Templates), ("seeds", project.Seeds) })
        {
            var other = Real(Path.GetFullPath(folder));
            if (Same(real, other))
            {
                return $"it is the {name} folder";
            }

            if (IsInside(other, real))
            {
                return $"it holds the {name} folder {Path.GetRelativePath(real, other)}/";
            }

            if (IsInside(real, other))
            {
                return $"it is inside the {name} folder";
            }
        }

        if (!Directory.Exists(real) || !Directory.EnumerateFileSystemEntries(real).Any() || IsMarked(real))
        {
            return null;
        }

        if (isDefault && LooksLikeEarlierBuild(real))
        {
            return null;
        }

        return $"it is not empty and has no {MarkerName} file, so no earlier build wrote it; empty it, remove it or choose another folder";
    }

    /// <summary>Whether a folder holds the marker a build writes (and so may be replaced or removed by the next build).</summary>
    public static bool IsMarked(string folder) =>
        new FileInfo(Path.Combine(folder, MarkerName)) is { Exists: true, LinkTarget: null };

    /// <summary>
    /// Builds before the marker existed left <c>site/</c> without it; the default output is still replaced
    /// when it holds the two files only a Hubwatch build writes together.
    /// </summary>
    private static bool LooksLikeEarlierBuild(string folder) =>
        File.Exists(Path.Combine(folder, "index.html")) && File.Exists(Path.Combine(folder, "data", "portal.json"))
        && File.Exists(Path.Combine(folder, "data", "portal.schema.json"));

    private static IEnumerable<string> Homes()
    {
        var homes = new List<string>();
        foreach (var home in new[] { Environment.GetFolderPath(Environment.SpecialFolder.UserProfile), Environment.GetEnvironmentVariable("HOME") })
        {
            if (!string.IsNullOrEmpty(home) && Path.IsPathFullyQualified(home))
            {
                homes.Add(Real(Path.GetFullPath(home)));
            }
        }

        // Every user's home, not only the current one: a build run as root must not replace /home/editor either.
        foreach (var parent in new[] { "/home", "/Users" })
        {
            if (Directory.Exists(parent))
            {
                homes.Add(parent);
                homes.AddRange(Directory.EnumerateDirectories(parent));
            }
        }

        if (Directory.Exists("/root"))
        {
            homes.Add("/root");
        }

        return homes.Select(h => h.TrimEnd(Path.DirectorySeparatorChar)).Where(h => h.Length > 0).Distinct(StringComparer.Ordinal);
    }

    private static bool Same(string a, string b) =>
        string.Equals(a.TrimEnd(Path.DirectorySeparatorChar), b.TrimEnd(Path.DirectorySeparatorChar), StringComparison.Ordinal);

    /// <summary>Whether <paramref name="inner"/> is strictly inside <paramref name="outer"/>.</summary>
    private static bool IsInside(string inner, string outer)
    {
        var prefix = outer.TrimEnd(Path.DirectorySeparatorChar) + Path.DirectorySeparatorChar;
        return inner.StartsWith(prefix, StringComparison.Ordinal) && !Same(inner, outer);
    }

    /// <summary>The path with every symbolic link along it resolved; parts that do not exist yet are kept as written.</summary>
    public static string Real(string fullPath)
    {
        var root = Path.GetPathRoot(fullPath) ?? "/";
        var current = root;
        var parts = fullPath[root.Length..].Split(Path.DirectorySeparatorChar, StringSplitOptions.RemoveEmptyEntries);
        for (var i = 0; i < parts.Length; i++)
        {
            var next = Path.Combine(current, parts[i]);
            FileSystemInfo? target = null;
            try
            {
                target = new DirectoryInfo(next).ResolveLinkTarget(returnFinalTarget: true);
            }
            catch (IOException)
            {
                // A link loop or an unreadable link: keep the path as written; the build fails on it later with its own message.
            }

            current = target is null ? next : Path.GetFullPath(target.FullName);
        }

        return current;
    }
}
