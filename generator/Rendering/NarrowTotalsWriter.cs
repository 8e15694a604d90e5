using System.Text.Json;
using System.Text.Json.Serialization;
using Hubwatch.Content;
using Hubwatch.Model;

namespace Hubwatch.Rendering;

/// <summary>
/// Writes, beside the first page of every list that can be narrowed, the totals of the choices its form offers
/// (<see cref="PageBuilder.NarrowTotalLists"/>), in each language, as compact JSON: <c>assets/narrow.js</c> reads
/// it with the list's other pages and shows the total of the figures a reader's choices leave.
/// </summary>
public static class NarrowTotalsWriter
{
    private static readonly JsonSerializerOptions Options = new(JsonOutput.Options)
    {
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
    };

    /// <summary>Every totals file of both languages, by its path in the site, each with the way to write it.</summary>
    public static IEnumerable<(string Path, Action<Stream> Write)> Plan(SiteModel site, Strings strings) =>
        LanguageExtensions.All.SelectMany(language => new PageBuilder(site, strings, language).NarrowTotalLists()
            .Select(list => (
                UrlScheme.LanguagePrefix(language) + list.Route + PageBuilder.NarrowTotalsFile,
                (Action<Stream>)(stream => JsonSerializer.Serialize(stream, list.Totals(), Options)))));
}
