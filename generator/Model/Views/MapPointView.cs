namespace Hubwatch.Model.Views;

/// <summary>
/// A hub placed on the schematic map, in SVG user units, with its label's anchor point and alignment
/// (<c>start</c>, <c>end</c> or <c>middle</c>), chosen so the label stays inside the picture and clear of other dots and labels.
/// </summary>
public sealed record MapPointView(string Label, string Name, string Url, double X, double Y, double LabelX, double LabelY, string LabelAnchor, bool IsCurrent);
