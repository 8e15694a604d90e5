using Hubwatch.Bench.Corpus;

namespace Hubwatch.BrowserTests.Support;

/// <summary>
/// The benchmark's synthetic corpus at 600 funding figures, built under <c>/paged/</c> and served on 127.0.0.1: lists
/// long enough to run to several pages, which the portal's own five sources never are.
/// </summary>
public sealed class PagedPortal : IDisposable
{
    public const string BasePath = "/paged/";

    private readonly string _content = Path.Combine(Path.GetTempPath(), "hubwatch-browser-tests", Guid.NewGuid().ToString("N"));

    public PagedPortal()
    {
        HubwatchWriter.Write(new CorpusBuilder(seed: 3, size: 600).Build(), _content);
        Portal = BuiltPortal.Of(Path.Combine(_content, "content"), Path.Combine(_content, "seeds"), BasePath);
        Server = new PagesServer(Portal.Site, BasePath);
    }

    public BuiltPortal Portal { get; }

    public PagesServer Server { get; }

    public void Dispose()
    {
        Server.Dispose();
        Portal.Dispose();
        try
        {
            Directory.Delete(_content, recursive: true);
        }
        catch (IOException)
        {
            // A leftover temp folder is harmless.
        }
    }
}
