using Hubwatch.Content;
using Hubwatch.Model;
using Hubwatch.Model.OpenData;

namespace Hubwatch.Rendering;

/// <summary>The site's files for programs rather than people: the search index of each language, the open data and the Atom feeds.</summary>
public sealed class DataFilesRenderer(SiteModel site, Strings strings)
{
    public IEnumerable<OutputFile> Render(IReadOnlyList<ExportTable> tables)
    {
        foreach (var index in SearchIndexWriter.Write(site, strings))
        {
            yield return index;
        }

        // Open data is written once, for both languages: the files carry both languages' text side by side.
        foreach (var table in tables)
        {
            yield return new OutputFile(OpenDataBuilder.Folder + table.File, CsvExportWriter.Write(table));
        }

        yield return new OutputFile(OpenDataBuilder.Folder + DataPageBuilder.PortalJson, new PortalJsonWriter(site).Write());
        yield return new OutputFile(OpenDataBuilder.Folder + DataPageBuilder.PortalSchema, PortalJsonWriter.Schema());

        var feeds = new AtomFeedWriter(site, strings);
        foreach (var language in LanguageExtensions.All)
        {
            yield return new OutputFile(AtomFeedWriter.FeedPath(language), feeds.Write(language));
        }
    }
}
