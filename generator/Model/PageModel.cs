using Hubwatch.Content;
using Hubwatch.Model.Views;

namespace Hubwatch.Model;

/// <summary>
/// One page to render: its route and language (which give its URL and its twin's), the template
/// that shows it, its title, the view the template reads and the page's numbered sources.
/// </summary>
public sealed record PageModel(
    string Route,
    Language Language,
    string Template,
    string Title,
    string Description,
    object View,
    IReadOnlyList<SourceNoteView> Notes,
    IReadOnlyList<LinkView> Breadcrumbs,
    RecordKind? Kind = null,
    bool IsTranslationPending = false)
{
    /// <summary>When the page's content was first published and last changed, and a record's revisions; null on the 404 page.</summary>
    public PageHistoryView? History { get; init; }
}
