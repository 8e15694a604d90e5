using System.Text;
using System.Xml;
using Hubwatch.Content;
using Hubwatch.Model;

namespace Hubwatch.Rendering;

/// <summary>
/// Writes the Atom feed of changes of one language: the newest revisions of records, each dated by its commit,
/// worded as on the changes page, linked to the record and to the commit. Never dated by the clock.
/// </summary>
public sealed class ChangesFeedWriter(SiteModel site, Strings strings)
{
    private const string AtomNs = "http://www.w3.org/2005/Atom";

    public byte[] Write(Language language)
    {
        string T(string key) => strings.Get(language, key);
        var history = new HistoryViewBuilder(site, strings, language);
        var entries = site.History.NewestFirst.Take(ChangesFeed.MaxEntries).ToArray();
        var feedUrl = site.Absolute(site.Urls.Root(ChangesFeed.Path(language)));

        var settings = new XmlWriterSettings { Encoding = new UTF8Encoding(false), Indent = true, NewLineChars = "\n" };
        using var stream = new MemoryStream();
        using (var writer = XmlWriter.Create(stream, settings))
        {
            writer.WriteStartDocument();
            writer.WriteStartElement("feed", AtomNs);
            writer.WriteAttributeString("xml", "lang", null, language.Code());
            writer.WriteElementString("id", AtomNs, feedUrl);
            writer.WriteElementString("title", AtomNs, $"{site.Site.Title[language]} — {T("changes.title")}");
            writer.WriteElementString("subtitle", AtomNs, T("changes.lead"));

            // With no history, the feed is as old as the portal's newest source, so it still never depends on the clock.
            writer.WriteElementString("updated", AtomNs, entries.Length > 0
                ? HistoryDates.Timestamp(entries[0].Revision.Commit)
                : AtomFeedWriter.Timestamp(site.Index.Content.Seeds.Select(s => s.Published).OfType<PartialDate>().DefaultIfEmpty(new PartialDate(1970, 1, 1)).Max()!));
            AtomFeedWriter.Link(writer, "self", "application/atom+xml", feedUrl);
            AtomFeedWriter.Link(writer, "alternate", "text/html", site.Absolute(site.Urls.Page(Routes.Changes(1), language)));
            writer.WriteStartElement("author", AtomNs);
            writer.WriteElementString("name", AtomNs, site.Site.Title[language]);
            writer.WriteElementString("uri", AtomNs, site.Absolute(site.Urls.Page(Routes.Home, language)));
            writer.WriteEndElement();
            writer.WriteElementString("rights", AtomNs, site.Site.Licence[language]);

            foreach (var entry in entries)
            {
                var view = history.Revision(entry.Key, entry.Revision, withRecord: true);
                var url = view.RecordUrl is null ? site.Absolute(site.Urls.Page(Routes.Changes(1), language)) : site.Absolute(view.RecordUrl);
                writer.WriteStartElement("entry", AtomNs);
                writer.WriteElementString("id", AtomNs, $"{feedUrl}#{entry.Revision.Commit.Sha}/{entry.Key}");
                writer.WriteElementString("title", AtomNs, $"{view.RecordName}: {string.Join("; ", view.Changes)}");
                writer.WriteElementString("updated", AtomNs, view.Iso);
                AtomFeedWriter.Link(writer, "alternate", "text/html", url);
                if (view.CommitUrl is not null)
                {
                    AtomFeedWriter.Link(writer, "related", "text/html", view.CommitUrl);
                }

                writer.WriteStartElement("summary", AtomNs);
                writer.WriteAttributeString("type", "text");
                writer.WriteString($"{view.Date} · {string.Join("; ", view.Changes)} ({T("history.commit")} {view.ShortSha}: {view.Subject})");
                writer.WriteEndElement();
                writer.WriteEndElement();
            }

            writer.WriteEndElement();
            writer.WriteEndDocument();
        }

        return stream.ToArray();
    }
}
