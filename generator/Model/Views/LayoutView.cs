namespace Hubwatch.Model.Views;

/// <summary>
/// What the shared layout shows around every page: language, navigation, the twin page (the canonical URLs are
/// absolute, on the site's published address; <c>TwinUrl</c> is the link a reader follows), assets, the feed, and
/// the page's schema.org JSON-LD when it has some (JSON whose <c>&lt;</c> is escaped, so it cannot close its script element).
/// </summary>
public sealed record LayoutView(
    string Lang,
    string Title,
    string SiteTitle,
    string Tagline,
    string HomeUrl,
    string CssUrl,
    string IconUrl,
    string SortScriptUrl,
    string CanonicalUrl,
    string TwinCanonicalUrl,
    string DefaultCanonicalUrl,
    string TwinUrl,
    string TwinLang,
    string TwinLangName,
    IReadOnlyList<NavItemView> Nav,
    NavItemView Search,
    IReadOnlyList<NavItemView> FooterNav,
    string FeedUrl,
    string FeedTitle,
    string MetaDescription,
    TrustedHtml? StructuredData = null);
