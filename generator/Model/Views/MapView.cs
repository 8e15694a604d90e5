namespace Hubwatch.Model.Views;

/// <summary>A schematic map of South Korea with the hubs, ready to draw as inline SVG.</summary>
public sealed record MapView(string Title, string Description, int Width, int Height, string MainlandPath, string JejuPath, IReadOnlyList<MapPointView> Points)
{
    /// <summary>On a hub's own page only that hub is labelled; the small map would be unreadable otherwise.</summary>
    public bool HasCurrent => Points.Any(p => p.IsCurrent);
}
