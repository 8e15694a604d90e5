using System.Globalization;
using System.Text;
using System.Xml;
using Hubwatch.Content;
using Hubwatch.Model;

namespace Hubwatch.Rendering;

/// <summary>
/// What the portal's Atom feeds share: the feed's head (id, title, dates, links, author, rights) and its links, so that
/// each feed writer says only which entries it holds.
/// </summary>
internal static class AtomDocument
{
    public const string Ns = "http://www.w3.org/2005/Atom";

    /// <summary>Dates are Korean dates; an event dated 20 November happened on 20 November in Korea.</summary>
    private const string KoreanOffset = "+09:00";

    /// <summary>A feed of one language at <paramref name="feedUrl"/>, its entries written by <paramref name="entries"/>.</summary>
    public static byte[] Write(SiteModel site, Language language, string feedUrl, string title, string subtitle, string updated, string pageUrl, Action<XmlWriter> entries)
    {
        var settings = new XmlWriterSettings { Encoding = new UTF8Encoding(false), Indent = true, NewLineChars = "\n" };
        using var stream = new MemoryStream();
        using (var writer = XmlWriter.Create(stream, settings))
        {
            writer.WriteStartDocument();
            writer.WriteStartElement("feed", Ns);
            writer.WriteAttributeString("xml", "lang", null, language.Code());
            writer.WriteElementString("id", Ns, feedUrl);
            writer.WriteElementString("title", Ns, $"{site.Site.Title[language]} — {title}");
            writer.WriteElementString("subtitle", Ns, subtitle);
            writer.WriteElementString("updated", Ns, updated);
            Link(writer, "self", "application/atom+xml", feedUrl);
            Link(writer, "alternate", "text/html", pageUrl);
            writer.WriteStartElement("author", Ns);
            writer.WriteElementString("name", Ns, site.Site.Title[language]);
            writer.WriteElementString("uri", Ns, site.Absolute(site.Urls.Page(Routes.Home, language)));
            writer.WriteEndElement();
            writer.WriteElementString("rights", Ns, site.Site.Licence[language]);
            entries(writer);
            writer.WriteEndElement();
            writer.WriteEndDocument();
        }

        return stream.ToArray();
    }

    public static void Link(XmlWriter writer, string rel, string type, string href)
    {
        writer.WriteStartElement("link", Ns);
        writer.WriteAttributeString("rel", rel);
        writer.WriteAttributeString("type", type);
        writer.WriteAttributeString("href", href);
        writer.WriteEndElement();
    }

    /// <summary>A text summary of an entry.</summary>
    public static void Summary(XmlWriter writer, string text)
    {
        writer.WriteStartElement("summary", Ns);
        writer.WriteAttributeString("type", "text");
        writer.WriteString(text);
        writer.WriteEndElement();
    }

    /// <summary>An RFC 3339 timestamp at the start of the date's first day.</summary>
    public static string Timestamp(PartialDate date) =>
        string.Create(CultureInfo.InvariantCulture, $"{date.Year:0000}-{date.Month ?? 1:00}-{date.Day ?? 1:00}T00:00:00{KoreanOffset}");

    /// <summary>When a feed with nothing newer to go by changed: when the newest source was published, never by the clock.</summary>
    public static string NewestSource(SiteModel site) =>
        Timestamp(site.Index.Content.Seeds.Select(s => s.Published).OfType<PartialDate>().DefaultIfEmpty(new PartialDate(1970, 1, 1)).Max()!);
}
