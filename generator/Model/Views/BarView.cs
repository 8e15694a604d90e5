namespace Hubwatch.Model.Views;

/// <summary>
/// One bar of a chart: its label on one or two lines (<see cref="Lines"/>), exact value, formatted value and geometry
/// in SVG user units; <see cref="BarY"/> is where the bar starts, under the label's last line.
/// </summary>
public sealed record BarView(IReadOnlyList<string> Lines, string ValueText, long Value, double Y, double BarY, double Width)
{
    /// <summary>The page the bar stands for (a hub, a figure), when it has one: the bar is then a link to it.</summary>
    public string? Url { get; init; }
}
