namespace Hubwatch.Model.Views;

/// <summary>
/// When a page's content was first published and last changed, from git; on a record's page also each revision.
/// <see cref="IsEditing"/> is set by <c>serve</c> only, when the file has edits not yet committed.
/// </summary>
public sealed record PageHistoryView(
    string? FirstPublished,
    string? FirstPublishedIso,
    string? LastUpdated,
    string? LastUpdatedIso,
    bool IsEditing,
    IReadOnlyList<RevisionView> Revisions);
