using System.Collections.Immutable;
using Hubwatch.Content;
using Hubwatch.Model.Views;

namespace Hubwatch.Model;

/// <summary>Builds the layout view of a page: navigation with the current section, the search page's link (in the header's top row), the twin page in the other language, absolute URLs.</summary>
public sealed class LayoutBuilder(SiteModel site, Strings strings)
{
    private static readonly ImmutableArray<(string Route, string Key)> Sections =
    [
        (Routes.Hubs, "nav.hubs"),
        (Routes.Funding, "nav.funding"),
        (Routes.Partners, "nav.partners"),
        (Routes.Programs, "nav.programs"),
        (Routes.Timeline, "nav.timeline"),
        (Routes.Sources, "nav.sources"),
    ];

    public LayoutView For(PageModel page)
    {
        var language = page.Language;
        var other = language.Other();
        var siteTitle = site.Site.Title[language];
        var nav = Sections
            .Select(s => new NavItemView(site.Urls.Page(s.Route, language), strings.Get(language, s.Key), IsIn(page.Route, s.Route)))
            .ToArray();
        var search = new NavItemView(site.Urls.Page(Routes.Search, language), strings.Get(language, "nav.search"), IsIn(page.Route, Routes.Search));
        var footer = site.Index.Content.Pages
            .Where(p => p.Language == language)
            .OrderBy(p => p.Id, StringComparer.Ordinal)
            .Select(p => new NavItemView(site.Urls.Page(Routes.Page(p.Id), language), p.Title, page.Route == Routes.Page(p.Id)))
            .Append(new NavItemView(site.Urls.Page(Routes.Data, language), strings.Get(language, "nav.data"), page.Route == Routes.Data))
            .Append(new NavItemView(site.Urls.Page(Routes.Data, language) + "#licence-heading", strings.Get(language, "nav.licence"), false))
            .Append(new NavItemView(site.Urls.Page(Routes.Changes(1), language), strings.Get(language, "nav.changes"), IsIn(page.Route, Routes.Changes(1))))
            .ToArray();
        var isNotFound = page.Route == "404";
        var route = isNotFound ? Routes.Home : page.Route;
        return new LayoutView(
            language.Code(),
            page.Route == Routes.Home ? siteTitle : $"{page.Title} — {siteTitle}",
            siteTitle,
            site.Site.Tagline[language],
            site.Urls.Page(Routes.Home, language),
            site.Urls.Asset("style.css"),
            site.Urls.Asset("icon.svg"),
            site.Urls.Asset("sort.js"),
            site.Absolute(site.Urls.Page(route, language)),
            site.Absolute(site.Urls.Page(route, other)),
            site.Absolute(site.Urls.Page(route, Language.Ko)),
            site.Urls.Page(route, other),
            other.Code(),
            strings.Get(other, "language.name"),
            nav,
            search,
            footer,
            site.Urls.Root(UrlScheme.LanguagePrefix(language) + Routes.FeedFile),
            strings.Get(language, "data.feed_name"),
            MetaDescription.Of(page.Description));
    }

    /// <summary>Whether a page is in a section; an agreement's page is in the timeline's, which lists it.</summary>
    private static bool IsIn(string route, string section) =>
        route.StartsWith(section, StringComparison.Ordinal)
        || (section == Routes.Timeline && route.StartsWith(Routes.Agreements, StringComparison.Ordinal));
}
