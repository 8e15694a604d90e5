using System.Text;
using System.Xml;
using Hubwatch.Content;
using Hubwatch.History;
using Hubwatch.Model;

namespace Hubwatch.Rendering;

/// <summary>Writes <c>sitemap.xml</c> with every page and its twin in the other language as an alternate.</summary>
public static class SitemapWriter
{
    private const string SitemapNs = "http://www.sitemaps.org/schemas/sitemap/0.9";
    private const string XhtmlNs = "http://www.w3.org/1999/xhtml";

    /// <summary>The sitemap of <paramref name="pages"/>, each with the last commit that changed what it shows as <c>lastmod</c> when known.</summary>
    public static byte[] Write(SiteModel site, IEnumerable<(string Route, Language Language, CommitInfo? LastChanged)> pages)
    {
        var settings = new XmlWriterSettings { Encoding = new UTF8Encoding(false), Indent = true, NewLineChars = "\n" };
        using var stream = new MemoryStream();
        using (var writer = XmlWriter.Create(stream, settings))
        {
            writer.WriteStartDocument();
            writer.WriteStartElement("urlset", SitemapNs);
            writer.WriteAttributeString("xmlns", "xhtml", null, XhtmlNs);
            foreach (var page in pages.OrderBy(p => p.Language).ThenBy(p => p.Route, StringComparer.Ordinal))
            {
                writer.WriteStartElement("url", SitemapNs);
                writer.WriteElementString("loc", SitemapNs, Absolute(site, site.Urls.Page(page.Route, page.Language)));
                if (page.LastChanged is { } commit)
                {
                    writer.WriteElementString("lastmod", SitemapNs, HistoryDates.Timestamp(commit));
                }

                foreach (var language in LanguageExtensions.All)
                {
                    writer.WriteStartElement("xhtml", "link", XhtmlNs);
                    writer.WriteAttributeString("rel", "alternate");
                    writer.WriteAttributeString("hreflang", language.Code());
                    writer.WriteAttributeString("href", Absolute(site, site.Urls.Page(page.Route, language)));
                    writer.WriteEndElement();
                }

                writer.WriteEndElement();
            }

            writer.WriteEndElement();
            writer.WriteEndDocument();
        }

        return stream.ToArray();
    }

    /// <summary>An absolute URL on the portal's origin (the custom domain when one is set).</summary>
    public static string Absolute(SiteModel site, string path) => site.Absolute(path);
}
