namespace Hubwatch.Model.Views;

/// <summary>One bar of a chart: its label, exact value, formatted value and geometry in SVG user units.</summary>
public sealed record BarView(string Label, string ValueText, long Value, double Y, double Width)
{
    /// <summary>The page the bar stands for (a hub, a figure), when it has one: the bar is then a link to it.</summary>
    public string? Url { get; init; }
}
