using System.Text.Json;
using Hubwatch.Content;
using Hubwatch.Model;
using Hubwatch.Model.Search;

namespace Hubwatch.Rendering;

/// <summary>Writes the search index of each language as compact JSON, the file <c>assets/search.js</c> fetches.</summary>
public static class SearchIndexWriter
{
    private static readonly JsonSerializerOptions Options = JsonOutput.Options(indented: false);

    /// <summary>The index of one language, written to <see cref="SearchPageBuilder.IndexPath"/>.</summary>
    public static byte[] Write(SiteModel site, Strings strings, Language language) =>
        JsonSerializer.SerializeToUtf8Bytes(new SearchIndexBuilder(site, strings, language).Build(), Options);

    /// <summary>Reads an index back, as the tests and the benchmark do.</summary>
    public static SearchIndex Read(ReadOnlySpan<byte> json) =>
        JsonSerializer.Deserialize<SearchIndex>(json, Options) ?? throw new JsonException("the search index is empty");
}
