namespace Hubwatch.History;

/// <summary>
/// One commit as the portal shows it: its hash and when it was committed. Its message is not shown: a record's
/// history says what changed in the reader's language, and a message, written for the repository, often speaks of
/// other records or of the code; the commit's link gives it.
/// <see cref="Sequence"/> is its place in the history read (parents before children), which orders commits made in the same second.
/// </summary>
public sealed record CommitInfo(string Sha, DateTimeOffset When, int Sequence)
{
    /// <summary>The hash as git abbreviates it in logs.</summary>
    public string ShortSha => Sha.Length > 7 ? Sha[..7] : Sha;
}
