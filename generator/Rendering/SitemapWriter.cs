using System.Text;
using System.Xml;
using Hubwatch.Content;
using Hubwatch.History;
using Hubwatch.Model;

namespace Hubwatch.Rendering;

/// <summary>
/// Writes <c>sitemap.xml</c> with every page in both languages. Each page names its twin in the other language with its own
/// <c>hreflang</c> links, so the sitemap does not repeat them (they were two thirds of its size). The sitemap protocol
/// allows 50,000 URLs in one file: a larger site gets a sitemap index at <c>sitemap.xml</c> and its pages in
/// <c>sitemaps/1.xml</c>, <c>sitemaps/2.xml</c>, … of at most <see cref="UrlsPerFile"/> each (fewer when a test asks).
/// </summary>
public static class SitemapWriter
{
    /// <summary>The most URLs one sitemap file lists, as the protocol allows.</summary>
    public const int UrlsPerFile = 50_000;

    private const string SitemapNs = "http://www.sitemaps.org/schemas/sitemap/0.9";

    /// <summary>
    /// The sitemap files of the <paramref name="count"/> <paramref name="pages"/>, each page with the last commit that changed what it shows as
    /// <c>lastmod</c> when known: one <c>sitemap.xml</c>, or an index and its parts. Each is written when asked for.
    /// </summary>
    public static IEnumerable<(string Path, Action<Stream> Write)> Plan(SiteModel site, int count, Func<IEnumerable<(string Route, Language Language, CommitInfo? LastChanged)>> pages, int urlsPerFile = UrlsPerFile)
    {
        var ordered = new Lazy<(string Route, Language Language, CommitInfo? LastChanged)[]>(() => [.. pages().OrderBy(p => p.Language).ThenBy(p => p.Route, StringComparer.Ordinal)]);
        if (count <= urlsPerFile)
        {
            yield return ("sitemap.xml", stream => Write(site, ordered.Value, stream));
            yield break;
        }

        var parts = (count + urlsPerFile - 1) / urlsPerFile;
        yield return ("sitemap.xml", stream => Index(site, parts, urlsPerFile, ordered.Value, stream));
        for (var part = 1; part <= parts; part++)
        {
            var n = part;
            yield return (PartPath(n), stream => Write(site, ordered.Value.Skip((n - 1) * urlsPerFile).Take(urlsPerFile), stream));
        }
    }

    private static string PartPath(int part) => $"sitemaps/{part}.xml";

    /// <summary>The sitemap index: each part, with the newest <c>lastmod</c> of its pages.</summary>
    private static void Index(SiteModel site, int parts, int urlsPerFile, (string Route, Language Language, CommitInfo? LastChanged)[] pages, Stream stream) =>
        Xml(stream, writer =>
        {
            writer.WriteStartElement("sitemapindex", SitemapNs);
            for (var part = 1; part <= parts; part++)
            {
                writer.WriteStartElement("sitemap", SitemapNs);
                writer.WriteElementString("loc", SitemapNs, site.Absolute(site.Urls.Root(PartPath(part))));
                var newest = pages.Skip((part - 1) * urlsPerFile).Take(urlsPerFile).Select(p => p.LastChanged).OfType<CommitInfo>().MaxBy(c => c.When);
                if (newest is not null)
                {
                    writer.WriteElementString("lastmod", SitemapNs, HistoryDates.Timestamp(newest));
                }

                writer.WriteEndElement();
            }

            writer.WriteEndElement();
        });

    /// <summary>A sitemap of <paramref name="pages"/>, in the order given.</summary>
    public static void Write(SiteModel site, IEnumerable<(string Route, Language Language, CommitInfo? LastChanged)> pages, Stream stream) =>
        Xml(stream, writer =>
        {
            writer.WriteStartElement("urlset", SitemapNs);
            foreach (var page in pages)
            {
                writer.WriteStartElement("url", SitemapNs);
                writer.WriteElementString("loc", SitemapNs, Absolute(site, site.Urls.Page(page.Route, page.Language)));
                if (page.LastChanged is { } commit)
                {
                    writer.WriteElementString("lastmod", SitemapNs, HistoryDates.Timestamp(commit));
                }

                writer.WriteEndElement();
            }

            writer.WriteEndElement();
        });

    private static void Xml(Stream stream, Action<XmlWriter> write)
    {
        var settings = new XmlWriterSettings { Encoding = new UTF8Encoding(false), Indent = true, NewLineChars = "\n", CloseOutput = false };
        using var writer = XmlWriter.Create(stream, settings);
        writer.WriteStartDocument();
        write(writer);
        writer.WriteEndDocument();
    }

    /// <summary>An absolute URL on the portal's origin (the custom domain when one is set).</summary>
    public static string Absolute(SiteModel site, string path) => site.Absolute(path);
}
