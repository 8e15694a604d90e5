namespace Hubwatch.History;

/// <summary>
/// One commit as the portal shows it: its hash, when it was committed and the first line of its message.
/// <see cref="Sequence"/> is its place in the history read (parents before children), which orders commits made in the same second.
/// </summary>
public sealed record CommitInfo(string Sha, DateTimeOffset When, string Subject, int Sequence)
{
    /// <summary>The hash as git abbreviates it in logs.</summary>
    public string ShortSha => Sha.Length > 7 ? Sha[..7] : Sha;
}
