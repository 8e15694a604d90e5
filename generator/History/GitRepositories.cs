using LibGit2Sharp;

namespace Hubwatch.History;

/// <summary>Finds the git repository that holds a folder.</summary>
public static class GitRepositories
{
    /// <summary>The repository's .git folder holding <paramref name="folder"/>, or null when none does (or it cannot be read).</summary>
    public static string? Discover(string folder)
    {
        try
        {
            return Repository.Discover(Path.GetFullPath(folder));
        }
        catch (LibGit2SharpException)
        {
            return null;
        }
    }
}
