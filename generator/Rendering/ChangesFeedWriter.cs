using Hubwatch.Content;
using Hubwatch.Model;

namespace Hubwatch.Rendering;

/// <summary>
/// Writes the Atom feed of changes of one language: the newest revisions of records, each dated by its commit,
/// worded as on the changes page, linked to the record and to the commit. Never dated by the clock.
/// </summary>
public sealed class ChangesFeedWriter(SiteModel site, Strings strings)
{
    public byte[] Write(Language language)
    {
        string T(string key) => strings.Get(language, key);
        var history = new HistoryViewBuilder(site, strings, language);
        var entries = history.NewestFirst().Take(ChangesFeed.MaxEntries).ToArray();
        var feedUrl = site.Absolute(site.Urls.Root(ChangesFeed.Path(language)));
        var changesUrl = site.Absolute(site.Urls.Page(Routes.Changes(1), language));

        return AtomDocument.Write(
            site,
            language,
            feedUrl,
            T("changes.title"),
            T("changes.lead"),
            // With no history, the feed is as old as the portal's newest source, so it still never depends on the clock.
            entries.Length > 0 ? HistoryDates.Timestamp(entries[0].Revision.Commit) : AtomDocument.NewestSource(site),
            changesUrl,
            writer =>
            {
                foreach (var entry in entries)
                {
                    var view = history.Revision(entry.Key, entry.Revision, withRecord: true);
                    var url = view.RecordUrl is null ? changesUrl : site.Absolute(view.RecordUrl);
                    writer.WriteStartElement("entry", AtomDocument.Ns);
                    writer.WriteElementString("id", AtomDocument.Ns, $"{feedUrl}#{entry.Revision.Commit.Sha}/{entry.Key}");
                    writer.WriteElementString("title", AtomDocument.Ns, $"{view.RecordName}: {string.Join("; ", view.Changes)}");
                    writer.WriteElementString("updated", AtomDocument.Ns, view.Iso);
                    AtomDocument.Link(writer, "alternate", "text/html", url);
                    if (view.CommitUrl is not null)
                    {
                        AtomDocument.Link(writer, "related", "text/html", view.CommitUrl);
                    }

                    AtomDocument.Summary(writer, $"{view.Date} · {string.Join("; ", view.Changes)} ({T("history.commit")} {view.ShortSha})");
                    writer.WriteEndElement();
                }
            });
    }
}
