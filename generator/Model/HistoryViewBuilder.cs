using Hubwatch.Content;
using Hubwatch.History;
using Hubwatch.Model.Views;

namespace Hubwatch.Model;

/// <summary>
/// Turns the site's history into what pages show: the dates of a page ("처음 게시 / 마지막 수정"), a record's
/// revisions with links to their commits, and the entries of the changes page and feed.
/// </summary>
public sealed class HistoryViewBuilder(SiteModel site, Strings strings, Language language)
{
    private readonly ChangeWording _wording = new(site.Index, strings);

    /// <summary>
    /// The history shown on a page, by its <see cref="PagePlan.HistoryKey"/>: a record's key (<c>hubs/jeonju</c>) gives its
    /// dates and revisions, a folder (<c>funding</c>) the dates of its newest and oldest change, <c>""</c> the whole site's.
    /// </summary>
    public PageHistoryView? For(string? key)
    {
        if (key is null)
        {
            return null;
        }

        var history = site.History;
        var isEditing = key.Contains('/') ? history.Editing.Contains(key) : history.Editing.Any(k => key.Length == 0 || HistoryKeys.FolderOf(k) == key);
        if (key.Contains('/'))
        {
            var record = history.For(key);
            return record is null
                ? new PageHistoryView(null, null, null, null, isEditing, [])
                : new PageHistoryView(
                    HistoryDates.Format(record.FirstPublished, language),
                    HistoryDates.Timestamp(record.FirstPublished),
                    HistoryDates.Format(record.LastChanged, language),
                    HistoryDates.Timestamp(record.LastChanged),
                    isEditing,
                    [.. record.Revisions.Reverse().Select(r => Revision(key, r, withRecord: false))]);
        }

        return history.Span(key) is { } span
            ? new PageHistoryView(
                HistoryDates.Format(span.First, language),
                HistoryDates.Timestamp(span.First),
                HistoryDates.Format(span.Last, language),
                HistoryDates.Timestamp(span.Last),
                isEditing,
                [])
            : new PageHistoryView(null, null, null, null, isEditing, []);
    }

    /// <summary>
    /// The site's changes as a reader of this language sees them, newest first: every record's, source's and the site's,
    /// and of the text pages only this language's file, or the Korean one where it stands in for a missing translation.
    /// A page revised in both languages in one commit is one change on each list, not two that read alike.
    /// </summary>
    public IEnumerable<ChangeEntry> NewestFirst()
    {
        var own = site.Index.Content.Pages.Where(p => p.Language == language).Select(HistoryKeys.Page).ToHashSet(StringComparer.Ordinal);
        // A page no longer there is on the list of its file's language.
        return site.History.NewestFirst.Where(e => HistoryKeys.FolderOf(e.Key) != HistoryKeys.Pages || own.Contains(e.Key) || e.Key.EndsWith("." + language.Code(), StringComparison.Ordinal));
    }

    /// <summary>One revision worded for the language; with <paramref name="withRecord"/>, linked to the record it changed.</summary>
    public RevisionView Revision(string key, Revision revision, bool withRecord)
    {
        var (name, url) = withRecord ? RecordLink(key) : (null, null);
        return new RevisionView(
            HistoryDates.Format(revision.Commit, language),
            HistoryDates.Timestamp(revision.Commit),
            revision.Commit.ShortSha,
            CommitUrl(revision.Commit),
            [.. revision.Changes.Select(c => _wording.Word(c, language))],
            name,
            url);
    }

    /// <summary>The commit's page on GitHub, when the repository is known.</summary>
    public string? CommitUrl(CommitInfo commit) =>
        RepositoryUrl(site.Site) is { } repository ? $"{repository}/commit/{commit.Sha}" : null;

    /// <summary>
    /// The repository: site.yaml's <c>repository</c>, or, for a GitHub Pages address (<c>https://owner.github.io/name</c>),
    /// the repository GitHub serves it from.
    /// </summary>
    public static string? RepositoryUrl(SiteConfig config)
    {
        if (config.Repository.Length > 0)
        {
            return config.Repository.TrimEnd('/');
        }

        if (!Uri.TryCreate(config.Url, UriKind.Absolute, out var url) || !url.Host.EndsWith(".github.io", StringComparison.OrdinalIgnoreCase))
        {
            return null;
        }

        var owner = url.Host[..^".github.io".Length];
        var name = url.AbsolutePath.Trim('/').Split('/')[0];
        return $"https://github.com/{owner}/{(name.Length > 0 ? name : url.Host)}";
    }

    /// <summary>The record a key names, with its current title and page; the bare key and no page when the record is gone.</summary>
    public (string Name, string? Url) RecordLink(string key)
    {
        var id = HistoryKeys.IdOf(key);
        var index = site.Index;
        var urls = site.Urls;
        return HistoryKeys.FolderOf(key) switch
        {
            "hubs" when index.Hubs.TryGetValue(new Id<Hub>(id), out var hub) => (hub.Name[language], urls.Page(Routes.Hub(id), language)),
            "partners" when index.Partners.TryGetValue(new Id<Partner>(id), out var partner) => (partner.Name[language], urls.Page(Routes.Partner(id), language)),
            "programs" when index.Programs.TryGetValue(new Id<HubProgram>(id), out var program) => (program.Name[language], urls.Page(Routes.Program(id), language)),
            "funding" when index.Funding.TryGetValue(new Id<Funding>(id), out var funding) => (funding.Title[language], urls.Page(Routes.FundingFigure(id), language)),
            "agreements" when index.Agreements.TryGetValue(new Id<Agreement>(id), out var agreement) => (agreement.Title[language], urls.Page(Routes.Agreement(id), language)),
            HistoryKeys.Seeds when index.Seeds.TryGetValue(new Id<Seed>(id), out var seed) => (seed.Title[language], urls.Page(Routes.Source(id), language)),
            HistoryKeys.Pages when PageOf(id) is { } page => (page.Title, urls.Page(Routes.Page(page.Id), language)),
            HistoryKeys.Site => (site.Site.Title[language], urls.Page(Routes.Home, language)),
            _ => (key, null),
        };
    }

    private TextPage? PageOf(string idAndLanguage)
    {
        var dot = idAndLanguage.LastIndexOf('.');
        var id = dot < 0 ? idAndLanguage : idAndLanguage[..dot];
        return site.Index.Content.Pages.FirstOrDefault(p => p.Id == id && p.Language == language)
            ?? site.Index.Content.Pages.FirstOrDefault(p => p.Id == id);
    }
}
