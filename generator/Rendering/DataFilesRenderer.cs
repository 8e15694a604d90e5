using Hubwatch.Content;
using Hubwatch.Model;
using Hubwatch.Model.OpenData;

namespace Hubwatch.Rendering;

/// <summary>The site's files for programs rather than people: the search index of each language, the open data and the Atom feeds.</summary>
public sealed class DataFilesRenderer(SiteModel site, Strings strings)
{
    /// <summary>
    /// Each file's path and how to write it; <paramref name="tables"/> gives the open-data tables, built once for all of
    /// them. The CSVs and <c>portal.json</c> are written into their stream as they are made.
    /// </summary>
    public IEnumerable<(string Path, Action<Stream> Write)> Plan(Func<IReadOnlyList<ExportTable>> tables)
    {
        foreach (var language in LanguageExtensions.All)
        {
            foreach (var file in SearchIndexWriter.Plan(site, strings, language))
            {
                yield return file;
            }
        }

        // Open data is written once, for both languages: the files carry both languages' text side by side.
        foreach (var key in OpenDataBuilder.TableKeys)
        {
            var file = OpenDataBuilder.FileOf(key);
            yield return (OpenDataBuilder.Folder + file, stream => CsvExportWriter.Write(tables().Single(t => t.File == file), stream));
        }

        // Each facet's rows, for the download link on its pages (see FundingFacet).
        foreach (var facet in site.Places.Facets)
        {
            yield return (facet.CsvPath, stream => CsvExportWriter.Write(new OpenDataBuilder(site).Facet(facet), stream));
        }

        yield return (OpenDataBuilder.Folder + DataPageBuilder.PortalJson, new PortalJsonWriter(site).Write);
        yield return (OpenDataBuilder.Folder + DataPageBuilder.PortalSchema, SitePlan.Bytes(PortalJsonWriter.Schema));

        var feeds = new AtomFeedWriter(site, strings);
        foreach (var language in LanguageExtensions.All)
        {
            yield return (AtomFeedWriter.FeedPath(language), SitePlan.Bytes(() => feeds.Write(language)));
        }

        var changes = new ChangesFeedWriter(site, strings);
        foreach (var language in LanguageExtensions.All)
        {
            yield return (ChangesFeed.Path(language), SitePlan.Bytes(() => changes.Write(language)));
        }
    }
}
