using LibGit2Sharp;

namespace Hubwatch.History;

/// <summary>Finds the git repository that holds a folder.</summary>
public static class GitRepositories
{
    /// <summary>The repository's .git folder holding <paramref name="folder"/>, or null when none does (or it cannot be read).</summary>
    /// <remarks>
    /// Each folder from <paramref name="folder"/> up is asked whether it is a repository's: libgit2's own search
    /// (<c>Repository.Discover</c>) finds nothing in the generator compiled to machine code (<c>build.sh</c>),
    /// though the other calls the generator makes into LibGit2Sharp answer there as they do in .NET (the tests compare
    /// <c>build</c>, <c>check</c>, <c>diff</c> and <c>serve</c> of both). Unlike libgit2's search, the walk does not
    /// stop at <c>GIT_CEILING_DIRECTORIES</c> or at another file system.
    /// </remarks>
    public static string? Discover(string folder)
    {
        try
        {
            for (var candidate = new DirectoryInfo(Path.GetFullPath(folder)); candidate is not null; candidate = candidate.Parent)
            {
                if (Repository.IsValid(candidate.FullName))
                {
                    using var repository = new Repository(candidate.FullName);
                    return repository.Info.Path;
                }
            }

            return null;
        }
        catch (LibGit2SharpException)
        {
            return null;
        }
    }
}
