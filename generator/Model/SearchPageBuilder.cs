using Hubwatch.Content;
using Hubwatch.Model.Views;

namespace Hubwatch.Model;

/// <summary>Builds the search page of one language. The results are found in the browser by <c>assets/search.js</c> from the language's index.</summary>
public sealed class SearchPageBuilder(SiteModel site, Strings strings, Language language)
{
    /// <summary>Where the index of a language is written, relative to the output folder.</summary>
    public static string IndexPath(Language language) => UrlScheme.LanguagePrefix(language) + Routes.Search + "index.json";

    public PageModel Build()
    {
        (string Route, string Key)[] indexes =
        [
            (Routes.Hubs, "nav.hubs"), (Routes.Partners, "nav.partners"), (Routes.Programs, "nav.programs"),
            (Routes.Funding, "nav.funding"), (Routes.Timeline, "nav.timeline"), (Routes.Sources, "nav.sources"),
        ];
        var view = new SearchView(
            site.Urls.Page(Routes.Search, language),
            site.Urls.Root(IndexPath(language)),
            site.Urls.Asset("search.js"),
            [.. indexes.Select(i => new LinkView(site.Urls.Page(i.Route, language), T(i.Key)))]);
        return new PageModel(Routes.Search, language, "search", T("search.title"), T("search.lead"), view, [],
            [new LinkView(site.Urls.Page(Routes.Home, language), T("nav.home"))]);
    }

    private string T(string key) => strings.Get(language, key);
}
