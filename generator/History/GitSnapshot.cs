using LibGit2Sharp;

namespace Hubwatch.History;

/// <summary>
/// The content and seeds folders as a git commit holds them, written to a temporary folder so the content loader
/// can read them as it reads the working tree. Disposing removes the folder.
/// </summary>
public sealed class GitSnapshot : IDisposable
{
    private GitSnapshot(string root, string content, string seeds, string sha)
    {
        Root = root;
        ContentDir = content;
        SeedsDir = seeds;
        Sha = sha;
    }

    public string Root { get; }

    public string ContentDir { get; }

    public string SeedsDir { get; }

    /// <summary>The full hash of the commit the reference named.</summary>
    public string Sha { get; }

    /// <summary>Writes out <paramref name="reference"/>'s content and seeds; null, with <paramref name="problem"/> saying why, when that cannot be done.</summary>
    public static GitSnapshot? Extract(string contentDir, string seedsDir, string reference, out string? problem)
    {
        var gitDir = GitRepositories.Discover(contentDir);

        if (gitDir is null)
        {
            problem = $"no git repository holds {contentDir}, so there is nothing to compare with";
            return null;
        }

        using var repo = new Repository(gitDir);
        Commit? commit;
        try
        {
            commit = repo.Lookup(reference)?.Peel<Commit>();
        }
        catch (LibGit2SharpException)
        {
            commit = null;
        }

        if (commit is null)
        {
            problem = $"'{reference}' names no commit in this repository (try a branch such as origin/main, a tag or a commit hash)";
            return null;
        }

        var workdir = Path.GetFullPath(repo.Info.WorkingDirectory);
        var root = Path.Combine(Path.GetTempPath(), "hubwatch-diff", Guid.NewGuid().ToString("N"));
        var content = Path.Combine(root, Path.GetRelativePath(workdir, Path.GetFullPath(contentDir)));
        var seeds = Path.Combine(root, Path.GetRelativePath(workdir, Path.GetFullPath(seedsDir)));
        Write(commit.Tree, Path.GetRelativePath(workdir, Path.GetFullPath(contentDir)), content);
        Write(commit.Tree, Path.GetRelativePath(workdir, Path.GetFullPath(seedsDir)), seeds);
        problem = null;
        return new GitSnapshot(root, content, seeds, commit.Sha);
    }

    public void Dispose()
    {
        try
        {
            Directory.Delete(Root, recursive: true);
        }
        catch (IOException)
        {
            // A temporary folder left behind is harmless.
        }
    }

    /// <summary>Writes the subtree at <paramref name="path"/> (relative to the repository) into <paramref name="target"/>; nothing when the commit has no such folder.</summary>
    private static void Write(Tree tree, string path, string target)
    {
        Directory.CreateDirectory(target);
        var entry = path is "." or "" ? null : tree[path.Replace('\\', '/')];
        var folder = path is "." or "" ? tree : entry?.Target as Tree;
        if (folder is not null)
        {
            WriteTree(folder, target);
        }
    }

    private static void WriteTree(Tree tree, string target)
    {
        foreach (var entry in tree)
        {
            var path = Path.Combine(target, entry.Name);
            switch (entry.Target)
            {
                case Tree subtree:
                    Directory.CreateDirectory(path);
                    WriteTree(subtree, path);
                    break;
                case Blob blob when entry.Mode != Mode.SymbolicLink:
                    using (var stream = blob.GetContentStream())
                    using (var file = File.Create(path))
                    {
                        stream.CopyTo(file);
                    }

                    break;
            }
        }
    }
}
