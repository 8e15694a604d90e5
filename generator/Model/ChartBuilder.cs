using Hubwatch.Model.Views;

namespace Hubwatch.Model;

/// <summary>Lays out horizontal bar charts from totals: bar lengths are proportional to the exact won values.</summary>
public static class ChartBuilder
{
    public const int Width = 400;

    // Each row is a label line with the bar beneath it, so labels need no column of their own and the
    // chart stays legible when a phone scales it down.
    private const double ValueWidth = 175;
    private const double LabelHeight = 18;
    private const double BarHeight = 16;
    private const double Gap = 12;

    public static ChartView Bars(string id, string title, string description, IReadOnlyList<TotalRowView> rows)
    {
        var max = rows.Count == 0 ? 1 : Math.Max(1, rows.Max(r => r.Amount.Value));
        var room = Width - ValueWidth;
        var rowHeight = LabelHeight + BarHeight + Gap;
        var bars = rows
            .Select((row, i) => new BarView(
                Shorten(row.Label),
                row.Amount.Text,
                row.Amount.Value,
                i * rowHeight,
                Math.Max(1, Math.Round(room * row.Amount.Value / max, 1))) { Url = row.Url })
            .ToArray();
        var height = (int)Math.Ceiling(Math.Max(1, rows.Count) * rowHeight);
        return new ChartView(id, title, description, Width, height, LabelHeight, BarHeight, bars);
    }

    /// <summary>
    /// Labels longer than the label column are cut with an ellipsis; the full label is in the table beside
    /// the chart. Hangul is about twice as wide as Latin letters, so width is counted in those units.
    /// </summary>
    public static string Shorten(string label, double room = 27)
    {
        var used = 0.0;
        for (var i = 0; i < label.Length; i++)
        {
            used += label[i] >= '\u1100' ? 1.0 : 0.62;
            if (used > room)
            {
                return label[..Math.Max(1, i - 1)].TrimEnd() + "…";
            }
        }

        return label;
    }
}
