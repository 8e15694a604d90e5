using System.Text.Json;
using Hubwatch.Model;
using Hubwatch.Model.Views;

namespace Hubwatch.Rendering;

/// <summary>
/// Writes, beside the first page of every list that can be narrowed, the totals of the choices its form offers
/// (<see cref="SitePages.NarrowTotals"/>), in each language, as compact JSON: <c>assets/narrow.js</c> reads
/// it with the list's other pages and shows the total of the figures a reader's choices leave. A total is an array,
/// the shortest JSON for the thousands of choices of a year's list: how many figures, label, value, amount as
/// written, exact amount, then, with a year, the year's label, value, as written and exact.
/// </summary>
public static class NarrowTotalsWriter
{
    /// <summary>Every totals file, by its path in the site, each with the way to write it.</summary>
    public static IEnumerable<(string Path, Action<Stream> Write)> Plan(IEnumerable<(string Path, Func<NarrowTotalsView> Totals)> lists) =>
        lists.Select(list => (list.Path, (Action<Stream>)(stream => Write(stream, list.Totals()))));

    private static void Write(Stream stream, NarrowTotalsView totals) =>
        JsonSerializer.Serialize(
            stream,
            new NarrowTotalsFile(
                totals.Totals.Select(t => t.YearAmount is not { } year
                    ? new object[] { t.Count, t.Label, t.Amount.Value, t.Amount.Text, t.Amount.Exact }
                    : [t.Count, t.Label, t.Amount.Value, t.Amount.Text, t.Amount.Exact, t.YearText!, year.Value, year.Text, year.Exact]),
                totals.Choices),
            JsonTypes.Types.NarrowTotalsFile);
}
