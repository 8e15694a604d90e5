using System.Globalization;
using System.Text;
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

        return AtomDocument.Write(
            site,
            language,
            site.Absolute(site.Urls.Root(FeedPath(language))),
            T("feed.title"),
            site.Site.Tagline[language],
            Updated(agreements),
            site.Absolute(site.Urls.Page(Routes.Timeline, language)),
            writer =>
            {
                foreach (var agreement in agreements)
                {
                    var url = site.Absolute(site.Urls.Page(Routes.Agreement(agreement.Id), language));
                    string[] Named(PartyRole role) => [.. agreement.PartiesAs(role).Select(p => site.Index.Partners[site.PartnerId(p.Partner)].Name[language])];
                    var parties = Named(PartyRole.Party);
                    var guests = Named(PartyRole.Guest);
                    var summary = new StringBuilder()
                        .Append(DateFormatter.Format(agreement.Date, language)).Append(" · ")
                        .Append(site.Index.Hubs[agreement.Hub.Id].Name[language]).Append(". ")
                        .Append(agreement.Summary[language]);
                    if (parties.Length > 0)
                    {
                        summary.Append(' ').Append(string.Format(CultureInfo.InvariantCulture, T("feed.parties"), string.Join(", ", parties)));
                    }

                    if (guests.Length > 0)
                    {
                        summary.Append(' ').Append(string.Format(CultureInfo.InvariantCulture, T("feed.guests"), string.Join(", ", guests)));
                    }

                    writer.WriteStartElement("entry", AtomDocument.Ns);
                    writer.WriteElementString("id", AtomDocument.Ns, url);
                    writer.WriteElementString("title", AtomDocument.Ns, agreement.Title[language]);
                    writer.WriteElementString("published", AtomDocument.Ns, AtomDocument.Timestamp(agreement.Date));
                    writer.WriteElementString("updated", AtomDocument.Ns, Updated(agreement));
                    AtomDocument.Link(writer, "alternate", "text/html", url);
                    writer.WriteStartElement("category", AtomDocument.Ns);
                    writer.WriteAttributeString("term", agreement.Kind.Code());
                    writer.WriteAttributeString("label", T("agreement_kind." + agreement.Kind.Code()));
                    writer.WriteEndElement();
                    AtomDocument.Summary(writer, summary.ToString());
                    writer.WriteEndElement();
                }
            });
    }

    /// <summary>An entry changed when its record last changed in git; without history, on the event's own date.</summary>
    private string Updated(Agreement agreement) =>
        site.History.For(HistoryKeys.Record("agreements", agreement.Id)) is { } history ? HistoryDates.Timestamp(history.LastChanged) : AtomDocument.Timestamp(agreement.Date);

    /// <summary>
    /// The feed changed when an agreement last changed in git; without history, when its newest entry happened or, with
    /// no entries, when the newest source was published.
    /// </summary>
    private string Updated(Agreement[] newestFirst) =>
        site.History.LastChanged("agreements") is { } commit ? HistoryDates.Timestamp(commit)
        : newestFirst.Length > 0 ? AtomDocument.Timestamp(newestFirst[0].Date)
        : AtomDocument.NewestSource(site);
}
