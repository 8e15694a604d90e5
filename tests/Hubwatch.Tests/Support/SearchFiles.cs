using Hubwatch.Model.Search;
using Hubwatch.Rendering;

namespace Hubwatch.Tests.Support;

/// <summary>A language's split search index read back from a build's files, by the folder of its manifest (<c>search/</c>, <c>en/search/</c>).</summary>
public static class SearchFiles
{
    public static ISearchIndexSource Read(IReadOnlyDictionary<string, byte[]> files, string folder) =>
        SearchIndexWriter.Read(name => files[folder + name]);

    public static SearchQuery Query(IReadOnlyDictionary<string, byte[]> files, string folder) => new(Read(files, folder));

    /// <summary>Every document of the index in order, with its kind's id.</summary>
    public static IEnumerable<(int Doc, string Kind, SearchEntry Entry)> Documents(ISearchIndexSource index)
    {
        var manifest = index.Manifest;
        for (var chunk = 0; chunk < manifest.Chunks.Count; chunk++)
        {
            var entries = index.Chunk(chunk);
            for (var i = 0; i < entries.Count; i++)
            {
                var doc = manifest.Chunks[chunk] + i;
                yield return (doc, manifest.Kinds[manifest.KindOf(doc)].Id, entries[i]);
            }
        }
    }
}
