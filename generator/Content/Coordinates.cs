namespace Hubwatch.Content;

/// <summary>A place on the map, in decimal degrees.</summary>
public sealed record Coordinates(double Latitude, double Longitude)
{
    /// <summary>The part of the earth the portal's map draws: South Korea's mainland and Jeju, with room for labels.</summary>
    public const double West = 125.4;

    public const double East = 130.0;

    public const double North = 38.75;

    public const double South = 33.0;

    /// <summary>Whether the map draws this place.</summary>
    public bool IsOnTheMap => Latitude is >= South and <= North && Longitude is >= West and <= East;
}
