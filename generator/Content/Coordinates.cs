namespace Hubwatch.Content;

/// <summary>A place on the map, in decimal degrees.</summary>
public sealed record Coordinates(double Latitude, double Longitude);
