using System.Collections.Immutable;

namespace Hubwatch.History;

/// <summary>
/// The revisions of one record, seed or page, oldest first. <see cref="Key"/> names it as
/// <see cref="HistoryKeys"/> does (<c>funding/jeonbuk-fund</c>, <c>seeds/000_42d1823d9c141a6c</c>).
/// </summary>
public sealed record RecordHistory(string Key, ImmutableArray<Revision> Revisions)
{
    public CommitInfo FirstPublished => Revisions[0].Commit;

    public CommitInfo LastChanged => Revisions[^1].Commit;
}
