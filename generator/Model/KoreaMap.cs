using System.Collections.Immutable;
using System.Globalization;
using System.Text;
using Hubwatch.Content;
using Hubwatch.Model.Views;

namespace Hubwatch.Model;

/// <summary>
/// Draws the schematic map: a simplified outline of South Korea (a few dozen coastline points, for
/// orientation only) in an equirectangular projection scaled by cos(36°), and the hubs by their coordinates.
/// </summary>
public static class KoreaMap
{
    // The picture spans the land and little else (east of Ganghwa's 126.1° to Ulsan's 129.6°, with room for labels), so
    // a phone's narrow map draws it as large as it can: at 320 px the dots of Centum City and Changwon are 29 px apart,
    // more than a dot's tap area is wide.
    public const int Width = 286;
    public const int Height = 420;

    private const double West = Coordinates.West;
    private const double East = Coordinates.East;
    private const double North = Coordinates.North;
    private const double South = Coordinates.South;

    /// <summary>Longitude, latitude of the mainland coast and the DMZ, clockwise from Ganghwa.</summary>
    private static readonly ImmutableArray<(double Lon, double Lat)> Mainland =
    [
        (126.1, 37.75), (126.7, 37.95), (127.1, 38.25), (127.6, 38.33), (128.1, 38.3), (128.37, 38.6),
        (128.6, 38.2), (128.9, 37.8), (129.1, 37.45), (129.35, 37.05), (129.42, 36.6), (129.45, 36.1),
        (129.57, 36.08), (129.4, 35.7), (129.35, 35.45), (129.15, 35.15), (128.9, 35.05), (128.6, 34.9),
        (128.4, 34.85), (128.0, 34.9), (127.7, 34.75), (127.4, 34.5), (127.0, 34.55), (126.6, 34.3),
        (126.3, 34.4), (126.25, 34.7), (126.4, 35.0), (126.45, 35.4), (126.65, 35.8), (126.55, 36.1),
        (126.4, 36.5), (126.15, 36.75), (126.4, 36.95), (126.65, 37.0), (126.6, 37.35), (126.55, 37.6),
    ];

    private static readonly ImmutableArray<(double Lon, double Lat)> Jeju =
    [
        (126.16, 33.3), (126.3, 33.22), (126.6, 33.22), (126.9, 33.32), (126.95, 33.45), (126.75, 33.55), (126.45, 33.52), (126.2, 33.42),
    ];

    public static MapView Draw(IEnumerable<Hub> hubs, Language language, string title, string description, Func<Hub, string> url, string? currentHub = null)
    {
        var placed = hubs.Where(h => h.Coordinates is not null).OrderBy(h => h.Id, StringComparer.Ordinal)
            .Select(h => (Hub: h, At: Project(h.Coordinates!.Longitude, h.Coordinates.Latitude)))
            .ToArray();
        var dots = placed.Select(p => Box.Around(p.At.X, p.At.Y, DotRadius)).ToArray();
        var labels = placed.Select(p => p.Hub.Region[language]).ToArray();
        var choices = PlaceLabels(labels, [.. placed.Select(p => p.At)], dots);
        var points = new List<MapPointView>();
        for (var i = 0; i < placed.Length; i++)
        {
            var (hub, (x, y)) = placed[i];
            var (labelX, labelY, anchor, _) = choices[i];
            points.Add(new MapPointView(labels[i], hub.Name[language], url(hub), Round(x), Round(y), Round(labelX), Round(labelY), anchor, hub.Id == currentHub));
        }

        return new MapView(title, description, Width, Height, Path(Mainland), Path(Jeju), points);
    }

    /// <summary>Space between a dot and its label, in picture units.</summary>
    private const double LabelGap = 11;

    /// <summary>
    /// How far past its end a label beside its dot must see no other dot: nearer, the label sits between two dots and
    /// reads as either's ("Gwangju ● Changwon ●").
    /// </summary>
    public const double FarSide = 3 * LabelGap;

    /// <summary>How many times every label may move at most; the seed map settles in two, a map of 170 hubs in a few.</summary>
    private const int MaxPasses = 6;

    /// <summary>The largest dot's radius (the current hub's), in picture units.</summary>
    private const double DotRadius = 8;

    /// <summary>Height of a label's box at the map's 14-unit type.</summary>
    private const double LabelHeight = 16;

    /// <summary>
    /// Puts each label right of its dot, else left, below or above, inside the picture. Every label starts at its first
    /// place; each in turn then moves to the place that clashes least with the others' (over another label or dot is
    /// worse than beside another dot within <see cref="FarSide"/>), while that helps, so that a label that would sit
    /// between two dots moves above or below its own.
    /// </summary>
    private static (double X, double Y, string Anchor, Box Box)[] PlaceLabels(string[] labels, (double X, double Y)[] at, Box[] dots)
    {
        var candidates = labels.Select((label, i) => Candidates(label, at[i].X, at[i].Y)).ToArray();
        var chosen = new int[labels.Length];
        // Only a dot whose label's places could meet this label's can clash with it: a map of a hundred hubs asks a
        // handful of neighbours, not every dot, for each of its hundreds of maps.
        var reach = candidates.Select(c => c.Max(p => p.Box.Right - p.Box.Left) + FarSide + 2 * LabelHeight).ToArray();
        var neighbours = at.Select((p, i) => Enumerable.Range(0, at.Length)
            .Where(j => j != i && Math.Abs(at[j].X - p.X) < reach[i] + reach[j] && Math.Abs(at[j].Y - p.Y) < 4 * LabelHeight + 2 * DotRadius)
            .ToArray()).ToArray();
        int Clash(int i, int c)
        {
            var (_, _, anchor, box) = candidates[i][c];
            var clear = anchor switch
            {
                "start" => box with { Right = box.Right + FarSide },
                "end" => box with { Left = box.Left - FarSide },
                _ => box,
            };
            var clash = 0;
            foreach (var j in neighbours[i])
            {
                // Over another label or dot is worse than beside another dot.
                clash += (dots[j].Overlaps(box) ? 100 : dots[j].Overlaps(clear) ? 10 : 0) + (candidates[j][chosen[j]].Box.Overlaps(box) ? 100 : 0);
            }

            return clash;
        }

        // Every label starts at its first place; each in turn then moves to its least clashing place while that helps.
        for (var pass = 0; pass < MaxPasses; pass++)
        {
            var moved = false;
            for (var i = 0; i < labels.Length; i++)
            {
                var best = chosen[i];
                var bestClash = Clash(i, best);
                for (var c = 0; c < candidates[i].Length; c++)
                {
                    var clash = Clash(i, c);
                    if (clash < bestClash)
                    {
                        (best, bestClash) = (c, clash);
                    }
                }

                moved |= best != chosen[i];
                chosen[i] = best;
            }

            if (!moved)
            {
                break;
            }
        }

        return [.. chosen.Select((c, i) => candidates[i][c])];
    }

    /// <summary>The places a label may take, right, left, below and above its dot, those inside the picture (or the first, if none is).</summary>
    private static (double X, double Y, string Anchor, Box Box)[] Candidates(string label, double x, double y)
    {
        var width = LabelWidth(label);
        (double X, double Y, string Anchor, Box Box)[] all =
        [
            (x + LabelGap, y + 5, "start", new Box(x + LabelGap, y - 9, x + LabelGap + width, y + 7)),
            (x - LabelGap, y + 5, "end", new Box(x - LabelGap - width, y - 9, x - LabelGap, y + 7)),
            (x, y + 24, "middle", new Box(x - width / 2, y + 10, x + width / 2, y + 10 + LabelHeight)),
            (x, y - 12, "middle", new Box(x - width / 2, y - 10 - LabelHeight, x + width / 2, y - 10)),
        ];
        var inside = all.Where(c => c.Box.Left >= 0 && c.Box.Top >= 0 && c.Box.Right <= Width && c.Box.Bottom <= Height).ToArray();
        return inside.Length > 0 ? inside : [all[0]];
    }

    /// <summary>An axis-aligned rectangle in picture units.</summary>
    private readonly record struct Box(double Left, double Top, double Right, double Bottom)
    {
        public static Box Around(double x, double y, double radius) => new(x - radius, y - radius, x + radius, y + radius);

        public bool Overlaps(Box other) => Left < other.Right && other.Left < Right && Top < other.Bottom && other.Top < Bottom;
    }

    /// <summary>
    /// The width a label takes at the map's 14-unit bold type: Hangul about one em, Latin letters and digits well under
    /// two thirds of one (an overestimate is safe: it only moves a label to the other side).
    /// </summary>
    public static double LabelWidth(string label) => label.Sum(c => c >= '\u1100' ? 14.5 : c == ' ' ? 4.5 : 9.0);

    public static (double X, double Y) Project(double longitude, double latitude)
    {
        var scaleX = Width / (East - West);
        var scaleY = Height / (North - South);
        return ((longitude - West) * scaleX, (North - latitude) * scaleY);
    }

    private static string Path(IEnumerable<(double Lon, double Lat)> outline)
    {
        var builder = new StringBuilder();
        foreach (var (lon, lat) in outline)
        {
            var (x, y) = Project(lon, lat);
            builder.Append(builder.Length == 0 ? 'M' : 'L')
                .Append(Round(x).ToString(CultureInfo.InvariantCulture)).Append(' ')
                .Append(Round(y).ToString(CultureInfo.InvariantCulture));
        }

        return builder.Append('Z').ToString();
    }

    private static double Round(double value) => Math.Round(value, 1);
}
