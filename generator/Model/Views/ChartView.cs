namespace Hubwatch.Model.Views;

/// <summary>A horizontal bar chart drawn as inline SVG; the same numbers are in the table beside it.</summary>
public sealed record ChartView(string Id, string Title, string Description, int Width, int Height, double LabelHeight, double BarHeight, IReadOnlyList<BarView> Bars)
{
    /// <summary>Whether any bar links to a page; such a chart is a group of links rather than one picture.</summary>
    public bool HasLinks => Bars.Any(b => b.Url is not null);
}
