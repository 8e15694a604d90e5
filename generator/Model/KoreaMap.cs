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
    public const int Width = 360;
    public const int Height = 420;

    private const double West = 124.6;
    private const double East = 130.4;
    private const double North = 38.75;
    private const double South = 33.0;

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
        var placed = hubs.Where(h => h.Coordinates is not null).OrderBy(h => h.Id, StringComparer.Ordinal).ToArray();
        var points = placed
            .Select(h =>
            {
                var (x, y) = Project(h.Coordinates!.Longitude, h.Coordinates.Latitude);
                var hasEastNeighbour = placed.Any(o => o != h
                    && Math.Abs(o.Coordinates!.Latitude - h.Coordinates.Latitude) < 0.35
                    && o.Coordinates.Longitude > h.Coordinates.Longitude);
                return new MapPointView(h.Region[language], h.Name[language], url(h), Round(x), Round(y), hasEastNeighbour, h.Id == currentHub);
            })
            .ToArray();
        return new MapView(title, description, Width, Height, Path(Mainland), Path(Jeju), points);
    }

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
