using Hubwatch.Content;

namespace Hubwatch.Model;

/// <summary>A page known by its route and language, and the function that builds its model when it is needed.</summary>
public sealed record PagePlan(string Route, Language Language, Func<PageModel> Build)
{
    /// <summary>
    /// Whose history the page shows: a record (<c>hubs/jeonju</c>, see <see cref="History.HistoryKeys"/>), a folder
    /// (<c>funding</c>) for a list, <c>""</c> for the whole site.
    /// </summary>
    public string HistoryKey { get; init; } = "";

    /// <summary>The file the page is written to, relative to the output folder.</summary>
    public string OutputPath => UrlScheme.OutputPath(Route, Language);
}
