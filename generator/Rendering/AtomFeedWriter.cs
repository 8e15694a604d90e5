using System.Globalization;
using System.Text;
using System.Xml;
using Hubwatch.Content;
using Hubwatch.History;
using Hubwatch.Model;

namespace Hubwatch.Rendering;

/// <summary>
/// Writes the Atom feed of one language: the <see cref="MaxEntries"/> newest agreements and events, newest first (a
/// feed reader polls it often; the timeline holds them all). Each entry is published on the
/// event's own date (the first day of the month or year when the source gives no more) and updated when its record last
/// changed in git, never by the clock, so two builds of the same commit give the same feed.
/// </summary>
public sealed class AtomFeedWriter(SiteModel site, Strings strings)
{
    private const string AtomNs = "http://www.w3.org/2005/Atom";

    /// <summary>Dates are Korean dates; an event dated 20 November happened on 20 November in Korea.</summary>
    private const string KoreanOffset = "+09:00";

    /// <summary>The most entries the feed holds.</summary>
    public const int MaxEntries = 100;

    public static string FeedPath(Language language) => UrlScheme.LanguagePrefix(language) + Routes.FeedFile;

    public byte[] Write(Language language)
    {
        string T(string key) => strings.Get(language, key);
        var agreements = site.Index.Content.Agreements
            .OrderByDescending(a => a.Date)
            .ThenBy(a => a.Id, StringComparer.Ordinal)
            .Take(MaxEntries)
            .ToArray();
        var feedUrl = site.Absolute(site.Urls.Root(FeedPath(language)));

        var settings = new XmlWriterSettings { Encoding = new UTF8Encoding(false), Indent = true, NewLineChars = "\n" };
        using var stream = new MemoryStream();
        using (var writer = XmlWriter.Create(stream, settings))
        {
            writer.WriteStartDocument();
            writer.WriteStartElement("feed", AtomNs);
            writer.WriteAttributeString("xml", "lang", null, language.Code());
            writer.WriteElementString("id", AtomNs, feedUrl);
            writer.WriteElementString("title", AtomNs, $"{site.Site.Title[language]} — {T("feed.title")}");
            writer.WriteElementString("subtitle", AtomNs, site.Site.Tagline[language]);
            writer.WriteElementString("updated", AtomNs, Updated(agreements));
            Link(writer, "self", "application/atom+xml", feedUrl);
            Link(writer, "alternate", "text/html", site.Absolute(site.Urls.Page(Routes.Timeline, language)));
            writer.WriteStartElement("author", AtomNs);
            writer.WriteElementString("name", AtomNs, site.Site.Title[language]);
            writer.WriteElementString("uri", AtomNs, site.Absolute(site.Urls.Page(Routes.Home, language)));
            writer.WriteEndElement();
            writer.WriteElementString("rights", AtomNs, site.Site.Licence[language]);

            foreach (var agreement in agreements)
            {
                var url = site.Absolute(site.Urls.Page(Routes.Agreement(agreement.Id), language));
                var parties = agreement.Parties.Select(p => site.Index.Partners[site.PartnerId(p.Partner)].Name[language]).ToArray();
                var summary = new StringBuilder()
                    .Append(DateFormatter.Format(agreement.Date, language)).Append(" · ")
                    .Append(site.Index.Hubs[agreement.Hub.Id].Name[language]).Append(". ")
                    .Append(agreement.Summary[language]);
                if (parties.Length > 0)
                {
                    summary.Append(' ').Append(string.Format(CultureInfo.InvariantCulture, T("feed.parties"), string.Join(", ", parties)));
                }

                writer.WriteStartElement("entry", AtomNs);
                writer.WriteElementString("id", AtomNs, url);
                writer.WriteElementString("title", AtomNs, agreement.Title[language]);
                writer.WriteElementString("published", AtomNs, Timestamp(agreement.Date));
                writer.WriteElementString("updated", AtomNs, Updated(agreement));
                Link(writer, "alternate", "text/html", url);
                writer.WriteStartElement("category", AtomNs);
                writer.WriteAttributeString("term", agreement.Kind.Code());
                writer.WriteAttributeString("label", T("agreement_kind." + agreement.Kind.Code()));
                writer.WriteEndElement();
                writer.WriteStartElement("summary", AtomNs);
                writer.WriteAttributeString("type", "text");
                writer.WriteString(summary.ToString());
                writer.WriteEndElement();
                writer.WriteEndElement();
            }

            writer.WriteEndElement();
            writer.WriteEndDocument();
        }

        return stream.ToArray();
    }

    /// <summary>An entry changed when its record last changed in git; without history, on the event's own date.</summary>
    private string Updated(Agreement agreement) =>
        site.History.For(HistoryKeys.Record("agreements", agreement.Id)) is { } history ? HistoryDates.Timestamp(history.LastChanged) : Timestamp(agreement.Date);

    /// <summary>
    /// The feed changed when an agreement last changed in git; without history, when its newest entry happened or, with
    /// no entries, when the newest source was published.
    /// </summary>
    private string Updated(Agreement[] newestFirst) =>
        site.History.LastChanged("agreements") is { } commit ? HistoryDates.Timestamp(commit)
        : newestFirst.Length > 0 ? Timestamp(newestFirst[0].Date)
        : Timestamp(site.Index.Content.Seeds.Select(s => s.Published).OfType<PartialDate>().DefaultIfEmpty(new PartialDate(1970, 1, 1)).Max()!);

    /// <summary>An RFC 3339 timestamp at the start of the date's first day.</summary>
    public static string Timestamp(PartialDate date) =>
        string.Create(CultureInfo.InvariantCulture, $"{date.Year:0000}-{date.Month ?? 1:00}-{date.Day ?? 1:00}T00:00:00{KoreanOffset}");

    internal static void Link(XmlWriter writer, string rel, string type, string href)
    {
        writer.WriteStartElement("link", AtomNs);
        writer.WriteAttributeString("rel", rel);
        writer.WriteAttributeString("type", type);
        writer.WriteAttributeString("href", href);
        writer.WriteEndElement();
    }
}
