namespace Hubwatch.Loading;

/// <summary>Where the loader finds content and seeds, and the folder diagnostics are shown relative to.</summary>
public sealed record ContentPaths(string ContentDir, string SeedsDir, string DisplayRoot)
{
    /// <summary>A path as an editor sees it in a diagnostic: relative to the project, with forward slashes.</summary>
    public string Display(string path) =>
        System.IO.Path.GetRelativePath(DisplayRoot, path).Replace('\\', '/');
}
