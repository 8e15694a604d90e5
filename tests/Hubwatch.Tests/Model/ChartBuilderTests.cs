using Hubwatch.Model;
using Hubwatch.Model.Views;

namespace Hubwatch.Tests.Model;

/// <summary>Bar charts keep their labels whole where they can: on up to three lines, broken at spaces, each bar below its label's last line.</summary>
public sealed class ChartBuilderTests
{
    private static TotalRowView Row(string label, long value) => new(label, null, new MoneyView(value.ToString(System.Globalization.CultureInfo.InvariantCulture), "", value), 1, 0);

    [Theory]
    [InlineData("광주경제자유구역")]
    [InlineData("Gwangju Free Economic Zone")]
    public void A_short_label_stays_on_one_line(string label) =>
        Assert.Equal([label], ChartBuilder.Lines(label));

    [Theory]
    [InlineData("오창 과학산업단지 · 창원 디지털 혁신밸리 (나눈 비율이 밝혀지지 않음)")]
    [InlineData("Planned investment in Jeonbuk's digital ecosystem and financial infrastructure (1 trillion won)")]
    public void A_long_label_breaks_at_spaces_and_keeps_every_word(string label)
    {
        var lines = ChartBuilder.Lines(label);
        Assert.InRange(lines.Count, 2, 3);
        Assert.Equal(label, string.Join(' ', lines));
        Assert.All(lines, line => Assert.Equal(line.Trim(), line));
    }

    [Fact]
    public void A_label_longer_than_three_lines_is_cut_with_an_ellipsis_on_the_third()
    {
        var label = string.Join(' ', Enumerable.Repeat("Jeonju and Jeonbuk Innovation City", 4));
        var lines = ChartBuilder.Lines(label);
        Assert.Equal(3, lines.Count);
        Assert.EndsWith("…", lines[2], StringComparison.Ordinal);
        Assert.StartsWith(string.Join(' ', lines)[..^1].TrimEnd(), label, StringComparison.Ordinal);
    }

    [Fact]
    public void Each_bar_starts_under_its_labels_last_line_and_the_next_label_under_the_bar()
    {
        var chart = ChartBuilder.Bars("c", "t", "d", [Row("Planned investment in Jeonbuk's digital ecosystem and financial infrastructure (1 trillion won)", 100), Row("Gwangju", 50)]);
        var (first, second) = (chart.Bars[0], chart.Bars[1]);
        Assert.Equal(first.Y + (first.Lines.Count * chart.LabelHeight), first.BarY);
        Assert.True(second.Y >= first.BarY + chart.BarHeight, "the second label starts below the first bar");
        Assert.True(chart.Height >= second.BarY + chart.BarHeight, "the picture holds the last bar");
        Assert.Equal(2 * second.Width, first.Width, 1);
    }
}
