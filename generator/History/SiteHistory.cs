using System.Collections.Immutable;

namespace Hubwatch.History;

/// <summary>
/// What git says about the content: each record's, seed's and page's revisions, whether that story is complete,
/// and (in <c>serve</c> only) which of them have edits not yet committed. A value made once per build and passed to the model.
/// </summary>
public sealed class SiteHistory
{
    private readonly Dictionary<string, (CommitInfo First, CommitInfo Last)> _folders = new(StringComparer.Ordinal);

    /// <param name="head">The commit the history was read at, so <c>serve</c> can tell whether it must be read again.</param>
    /// <param name="editedFiles">The files behind <paramref name="editing"/>, relative to the working tree (serve), so the next rebuild asks about them again.</param>
    public SiteHistory(IEnumerable<RecordHistory> records, string? incomplete, ImmutableHashSet<string>? editing = null, string? head = null, ImmutableHashSet<string>? editedFiles = null)
    {
        Head = head;
        EditedFiles = editedFiles;
        Records = records.ToDictionary(r => r.Key, StringComparer.Ordinal);
        Incomplete = incomplete;
        Editing = editing ?? [];
        var entries = new List<ChangeEntry>();
        foreach (var record in Records.Values)
        {
            var folder = HistoryKeys.FolderOf(record.Key);
            Widen(folder, record);
            Widen("", record);
            entries.AddRange(record.Revisions.Select(r => new ChangeEntry(record.Key, r)));
        }

        NewestFirst = [.. entries
            .OrderByDescending(e => e.Revision.Commit.When)
            .ThenByDescending(e => e.Revision.Commit.Sequence)
            .ThenBy(e => e.Key, StringComparer.Ordinal)];
    }

    /// <summary>No history at all, and why (no repository, no commits).</summary>
    public static SiteHistory None(string why) => new([], why);

    public IReadOnlyDictionary<string, RecordHistory> Records { get; }

    /// <summary>The commit checked out when the history was read; null without one.</summary>
    public string? Head { get; }

    /// <summary>Why the history is incomplete (no repository, a shallow clone, uncommitted edits), or null when it is whole.</summary>
    public string? Incomplete { get; }

    /// <summary>Keys with edits not yet committed; filled by <c>serve</c> only, so a built site never shows them.</summary>
    public ImmutableHashSet<string> Editing { get; }

    /// <summary>The files with edits not yet committed, relative to the working tree; null unless read for <c>serve</c>.</summary>
    public ImmutableHashSet<string>? EditedFiles { get; }

    /// <summary>Every revision of every record, newest first (ties by commit order, then key).</summary>
    public ImmutableArray<ChangeEntry> NewestFirst { get; }

    public RecordHistory? For(string key) => Records.GetValueOrDefault(key);

    /// <summary>The first and last commit that changed anything in a folder (<c>funding</c>), or anywhere with <c>""</c>.</summary>
    public (CommitInfo First, CommitInfo Last)? Span(string folder) =>
        _folders.TryGetValue(folder, out var span) ? span : null;

    /// <summary>The last commit that changed what a key names: a record (<c>hubs/jeonju</c>), a folder (<c>funding</c>) or, with <c>""</c>, anything.</summary>
    public CommitInfo? LastChanged(string key) => key.Contains('/') ? For(key)?.LastChanged : Span(key)?.Last;

    private void Widen(string folder, RecordHistory record)
    {
        if (!_folders.TryGetValue(folder, out var span))
        {
            _folders[folder] = (record.FirstPublished, record.LastChanged);
            return;
        }

        _folders[folder] = (Earlier(span.First, record.FirstPublished), Later(span.Last, record.LastChanged));
    }

    private static CommitInfo Earlier(CommitInfo a, CommitInfo b) => (b.When, b.Sequence).CompareTo((a.When, a.Sequence)) < 0 ? b : a;

    private static CommitInfo Later(CommitInfo a, CommitInfo b) => (b.When, b.Sequence).CompareTo((a.When, a.Sequence)) > 0 ? b : a;
}
