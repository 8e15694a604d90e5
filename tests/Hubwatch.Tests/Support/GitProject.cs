using LibGit2Sharp;

namespace Hubwatch.Tests.Support;

/// <summary>A temporary project that is also a git repository, whose commits a test makes at dates of its choosing.</summary>
public sealed class GitProject : IDisposable
{
    private readonly Repository _repository;

    public GitProject(TempProject project)
    {
        Project = project;
        File.WriteAllText(Path.Combine(project.Root, ".gitignore"), "site/\n");
        _repository = new Repository(Repository.Init(project.Root));
    }

    public TempProject Project { get; }

    /// <summary>Commits every change in the folder at <paramref name="when"/>; returns the commit's full hash.</summary>
    public string Commit(string message, DateTimeOffset when)
    {
        Commands.Stage(_repository, "*");
        var signature = new Signature("Editor", "editor@example.org", when);
        return _repository.Commit(message, signature, signature).Sha;
    }

    public void Dispose()
    {
        _repository.Dispose();
        Project.Dispose();
    }
}
