using Hubwatch.Content;

namespace Hubwatch.Model;

/// <summary>A page known by its route and language, and the function that builds its model when it is needed.</summary>
/// <param name="Build">
/// Builds the page's model from the site it is rendered from. A record's page holds only its record, route and history
/// key (<see cref="RecordPages"/>), so <c>serve</c> keeps it while the record is unchanged; a list's page is planned for
/// one site and holds the list it pages.
/// </param>
public sealed record PagePlan(string Route, Language Language, Func<SiteModel, PageModel> Build)
{
    /// <summary>
    /// Whose history the page shows: a record (<c>hubs/jeonju</c>, see <see cref="History.HistoryKeys"/>), a folder
    /// (<c>funding</c>) for a list, <c>""</c> for the whole site.
    /// </summary>
    public string HistoryKey { get; init; } = "";

    /// <summary>The file the page is written to, relative to the output folder.</summary>
    public string OutputPath { get; } = UrlScheme.OutputPath(Route, Language);
}
