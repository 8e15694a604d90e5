using Hubwatch.Model.Views;

namespace Hubwatch.Model;

/// <summary>Lays out horizontal bar charts from totals: bar lengths are proportional to the exact won values.</summary>
public static class ChartBuilder
{
    // Narrow enough that a phone (about 260 px inside a totals box at 320 px) shows its 14-unit text at 12 px or more;
    // the stylesheet keeps it near its own size on wider screens.
    public const int Width = 300;

    // Each row is its label, on one or two lines, with the bar beneath it, so labels need no column of their own and
    // the chart stays legible when a phone scales it down.
    private const double ValueWidth = 175;
    private const double LabelHeight = 18;
    private const double BarHeight = 16;
    private const double Gap = 12;

    // How much of a line a label may fill, in the width of a Hangul syllable of the 14-unit text, and on how many lines.
    private const double LineRoom = Width / 14.5;
    private const int MaxLines = 3;

    public static ChartView Bars(string id, string title, string description, IReadOnlyList<TotalRowView> rows)
    {
        var max = rows.Count == 0 ? 1 : Math.Max(1, rows.Max(r => r.Amount.Value));
        var room = Width - ValueWidth;
        var bars = new List<BarView>(rows.Count);
        var y = 0.0;
        foreach (var row in rows)
        {
            var lines = Lines(row.Label);
            var barY = y + (lines.Count * LabelHeight);
            bars.Add(new BarView(lines, row.Amount.Text, row.Amount.Value, y, barY, Math.Max(1, Math.Round(room * row.Amount.Value / max, 1))) { Url = row.Url });
            y = barY + BarHeight + Gap;
        }

        var height = (int)Math.Ceiling(Math.Max(y, LabelHeight + BarHeight + Gap));
        return new ChartView(id, title, description, Width, height, LabelHeight, BarHeight, bars);
    }

    /// <summary>
    /// A label on at most <see cref="MaxLines"/> lines, each broken after a space where one fits; what the last line
    /// cannot hold is cut with an ellipsis (the full label is in the table beside the chart). Hangul is about twice as
    /// wide as Latin letters, so width is counted in those units.
    /// </summary>
    public static IReadOnlyList<string> Lines(string label)
    {
        var lines = new List<string>(MaxLines);
        var rest = label;
        while (lines.Count < MaxLines - 1)
        {
            var fits = FittingLength(rest, LineRoom);
            if (fits == rest.Length)
            {
                lines.Add(rest);
                return lines;
            }

            var space = rest.LastIndexOf(' ', fits);
            var cut = space > 0 ? space : fits;
            lines.Add(rest[..cut].TrimEnd());
            rest = rest[cut..].TrimStart();
        }

        lines.Add(Shorten(rest, LineRoom));
        return lines;
    }

    /// <summary>A label cut with an ellipsis to <paramref name="room"/>.</summary>
    private static string Shorten(string label, double room)
    {
        var fits = FittingLength(label, room);
        return fits == label.Length ? label : label[..Math.Max(1, fits - 1)].TrimEnd() + "…";
    }

    /// <summary>How many characters of <paramref name="label"/> fit in <paramref name="room"/>.</summary>
    private static int FittingLength(string label, double room)
    {
        var used = 0.0;
        for (var i = 0; i < label.Length; i++)
        {
            used += label[i] >= '\u1100' ? 1.0 : 0.62;
            if (used > room)
            {
                return i;
            }
        }

        return label.Length;
    }
}
