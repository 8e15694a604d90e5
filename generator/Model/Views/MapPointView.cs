namespace Hubwatch.Model.Views;

/// <summary>A hub placed on the schematic map, in SVG user units; the label goes left when a neighbour sits to the east.</summary>
public sealed record MapPointView(string Label, string Name, string Url, double X, double Y, bool IsLabelLeft, bool IsCurrent);
