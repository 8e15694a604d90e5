namespace Hubwatch.Model.Views;

/// <summary>
/// One commit's changes to one record, worded. On the changes page <see cref="RecordName"/> names the record and
/// <see cref="RecordUrl"/> links it (null once the record is gone).
/// </summary>
public sealed record RevisionView(
    string Date,
    string Iso,
    string ShortSha,
    string? CommitUrl,
    IReadOnlyList<string> Changes,
    string? RecordName = null,
    string? RecordUrl = null);
