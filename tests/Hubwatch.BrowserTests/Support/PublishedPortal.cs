namespace Hubwatch.BrowserTests.Support;

/// <summary>
/// The repository's portal built as the Pages workflow builds it for a fork published at
/// <c>https://example.org/hubwatch/</c> (only <c>--url</c>, no base path), and served on 127.0.0.1 under
/// <c>/hubwatch/</c>. A browser context routes the published address to that server (<see cref="Local"/>), so a
/// page is read at its real address, as a search engine would read it.
/// </summary>
public sealed class PublishedPortal : IDisposable
{
    public const string Url = "https://example.org/hubwatch/";

    public PublishedPortal()
    {
        Portal = BuiltPortal.AtUrl(Url);
        Server = new PagesServer(Portal.Site, new Uri(Url).AbsolutePath);
    }

    public BuiltPortal Portal { get; }

    public PagesServer Server { get; }

    /// <summary>Where the test server answers for an address on the published site, e.g. <c>http://127.0.0.1:41234/hubwatch/funding/</c>.</summary>
    public string Local(string published)
    {
        var url = new Uri(published);
        Assert.Equal(new Uri(Url).GetLeftPart(UriPartial.Authority), url.GetLeftPart(UriPartial.Authority));
        return Server.Url(url.PathAndQuery);
    }

    public void Dispose()
    {
        Server.Dispose();
        Portal.Dispose();
    }
}
