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
        var labels = new List<Box>();
        var points = new List<MapPointView>();
        foreach (var (hub, (x, y)) in placed)
        {
            var label = hub.Region[language];
            var (labelX, labelY, anchor, box) = PlaceLabel(label, x, y, dots, labels);
            labels.Add(box);
            points.Add(new MapPointView(label, hub.Name[language], url(hub), Round(x), Round(y), Round(labelX), Round(labelY), anchor, hub.Id == currentHub));
        }

        return new MapView(title, description, Width, Height, Path(Mainland), Path(Jeju), points);
    }

    /// <summary>Space between a dot and its label, in picture units.</summary>
    private const double LabelGap = 11;

    /// <summary>The largest dot's radius (the current hub's), in picture units.</summary>
    private const double DotRadius = 8;

    /// <summary>Height of a label's box at the map's 14-unit type.</summary>
    private const double LabelHeight = 16;

    /// <summary>
    /// Puts a label right of its dot, else left, below or above: the first place inside the picture that covers no other
    /// dot and no label placed before. A label that fits nowhere keeps the first place inside the picture.
    /// </summary>
    private static (double X, double Y, string Anchor, Box Box) PlaceLabel(string label, double x, double y, Box[] dots, List<Box> labels)
    {
        var width = LabelWidth(label);
        (double X, double Y, string Anchor, Box Box)[] candidates =
        [
            (x + LabelGap, y + 5, "start", new Box(x + LabelGap, y - 9, x + LabelGap + width, y + 7)),
            (x - LabelGap, y + 5, "end", new Box(x - LabelGap - width, y - 9, x - LabelGap, y + 7)),
            (x, y + 24, "middle", new Box(x - width / 2, y + 10, x + width / 2, y + 10 + LabelHeight)),
            (x, y - 12, "middle", new Box(x - width / 2, y - 10 - LabelHeight, x + width / 2, y - 10)),
        ];
        var inside = candidates.Where(c => c.Box.Left >= 0 && c.Box.Top >= 0 && c.Box.Right <= Width && c.Box.Bottom <= Height).ToArray();
        var own = Box.Around(x, y, DotRadius);
        foreach (var candidate in inside)
        {
            if (!dots.Any(d => d != own && d.Overlaps(candidate.Box)) && !labels.Any(l => l.Overlaps(candidate.Box)))
            {
                return candidate;
            }
        }

        return inside.Length > 0 ? inside[0] : candidates[0];
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
