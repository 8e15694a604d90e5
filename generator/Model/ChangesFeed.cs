using Hubwatch.Content;

namespace Hubwatch.Model;

/// <summary>Where the Atom feed of changes lives in each language, beside the changes page.</summary>
public static class ChangesFeed
{
    /// <summary>The most entries the feed carries: the newest changes, as a feed reader polls.</summary>
    public const int MaxEntries = 100;

    public static string Path(Language language) => UrlScheme.LanguagePrefix(language) + Routes.Changes(1) + "feed.xml";
}
