using System.Text.Json;
using Hubwatch.Content;
using Hubwatch.Model;
using Hubwatch.Model.Views;

namespace Hubwatch.Rendering;

/// <summary>
/// Writes, beside the first page of every list that can be narrowed, the totals of the choices its form offers
/// (<see cref="PageBuilder.NarrowTotalLists"/>), in each language, as compact JSON: <c>assets/narrow.js</c> reads
/// it with the list's other pages and shows the total of the figures a reader's choices leave. A total is an array,
/// the shortest JSON for the thousands of choices of a year's list: how many figures, label, value, amount as
/// written, exact amount, then, with a year, the year's label, value, as written and exact.
/// </summary>
public static class NarrowTotalsWriter
{
    private static readonly JsonSerializerOptions Options = JsonOutput.Options;

    /// <summary>Every totals file of both languages, by its path in the site, each with the way to write it.</summary>
    public static IEnumerable<(string Path, Action<Stream> Write)> Plan(SiteModel site, Strings strings) =>
        LanguageExtensions.All.SelectMany(language => new PageBuilder(site, strings, language).NarrowTotalLists()
            .Select(list => (
                UrlScheme.LanguagePrefix(language) + list.Route + PageBuilder.NarrowTotalsFile,
                (Action<Stream>)(stream => Write(stream, list.Totals())))));

    private static void Write(Stream stream, NarrowTotalsView totals) =>
        JsonSerializer.Serialize(
            stream,
            new
            {
                Totals = totals.Totals.Select(t => t.Year is null
                    ? new object[] { t.Count, t.Label, t.Value, t.Text, t.Exact }
                    : [t.Count, t.Label, t.Value, t.Text, t.Exact, t.Year, t.YearValue!, t.YearText!, t.YearExact!]),
                totals.Choices,
            },
            Options);
}
