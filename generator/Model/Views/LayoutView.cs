namespace Hubwatch.Model.Views;

/// <summary>What the shared layout shows around every page: language, navigation, the twin page, assets.</summary>
public sealed record LayoutView(
    string Lang,
    string Title,
    string SiteTitle,
    string Tagline,
    string HomeUrl,
    string CssUrl,
    string SortScriptUrl,
    string CanonicalUrl,
    string TwinUrl,
    string TwinLang,
    string TwinLangName,
    IReadOnlyList<NavItemView> Nav,
    IReadOnlyList<NavItemView> FooterNav,
    string Licence);
