namespace Hubwatch.History;

/// <summary>
/// One commit as the portal shows it: its hash, when it was committed and the first line of its message.
/// <see cref="Sequence"/> is its place in the history read (parents before children), which orders commits made in the same second.
/// <see cref="Subject"/> is null for a commit that also changed files outside the content and the sources (the
/// generator, the templates, the tests): its message speaks of those, not to the portal's readers.
/// </summary>
public sealed record CommitInfo(string Sha, DateTimeOffset When, string? Subject, int Sequence)
{
    /// <summary>The hash as git abbreviates it in logs.</summary>
    public string ShortSha => Sha.Length > 7 ? Sha[..7] : Sha;
}
