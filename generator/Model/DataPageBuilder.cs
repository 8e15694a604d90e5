using Hubwatch.Content;
using Hubwatch.Model.OpenData;
using Hubwatch.Model.Views;

namespace Hubwatch.Model;

/// <summary>Builds the open-data page of one language: every file with its columns explained, from the same tables the files are written from.</summary>
public sealed class DataPageBuilder(SiteModel site, Strings strings, Language language)
{
    public const string PortalJson = "portal.json";
    public const string PortalSchema = "portal.schema.json";

    public PageModel Build(IReadOnlyList<ExportTable> tables)
    {
        var files = tables
            .Select(table => new DataFileView(
                table.Key,
                table.File,
                FileUrl(table.File),
                T("data.files." + table.Key),
                table.RowCount,
                [.. table.Columns.Select(c => new DataColumnView(c.Header, T("data.columns." + c.Key)))]))
            .ToArray();
        var feeds = LanguageExtensions.All
            .Select(l => new FeedView(site.Urls.Root(UrlScheme.LanguagePrefix(l) + Routes.FeedFile), strings.Get(l, "data.feed_name"), l.Code()))
            .ToArray();
        var view = new DataPageView(
            files,
            new DataFileView("portal", PortalJson, FileUrl(PortalJson), T("data.files.portal"), 0, []),
            new DataFileView("schema", PortalSchema, FileUrl(PortalSchema), T("data.files.schema"), 0, []),
            feeds,
            new LinkView(site.Urls.Page(Routes.Sources, language), T("nav.sources")),
            site.Index.Content.Seeds.Length,
            site.Site.Licence[language]);
        return new PageModel(Routes.Data, language, "data", T("data.title"), T("data.lead"), view, [],
            [new LinkView(site.Urls.Page(Routes.Home, language), T("nav.home"))]);
    }

    private string FileUrl(string file) => site.Urls.Root(OpenDataBuilder.Folder + file);

    private string T(string key) => strings.Get(language, key);
}
