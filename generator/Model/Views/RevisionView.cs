namespace Hubwatch.Model.Views;

/// <summary>
/// One commit's changes to one record, worded. On the changes page <see cref="RecordName"/> names the record and
/// <see cref="RecordUrl"/> links it (null once the record is gone). <see cref="Subject"/> is the commit's message cut
/// short, or null for a commit that also changed the generator, the templates or the tests.
/// </summary>
public sealed record RevisionView(
    string Date,
    string Iso,
    string ShortSha,
    string? CommitUrl,
    string? Subject,
    IReadOnlyList<string> Changes,
    string? RecordName = null,
    string? RecordUrl = null)
{
    /// <summary>The <c>lang</c> of <see cref="Subject"/> when it is written in the other language than the page's (a commit's subject is in whichever language its author wrote).</summary>
    public string? SubjectLang { get; init; }
}
