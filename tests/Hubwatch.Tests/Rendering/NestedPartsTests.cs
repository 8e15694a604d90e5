using AngleSharp.Html.Parser;
using Hubwatch.Tests.Support;

namespace Hubwatch.Tests.Rendering;

/// <summary>
/// A part of a part: the portal's own content with the Jeonju plan's budget (itself the whole of the part "already
/// invested") made part of the hydrogen city's national funds, which are part of its total budget. Every list still
/// shows every figure once, each part under its whole, and the totals add the chain once.
/// </summary>
public sealed class NestedPartsTests
{
    [Theory]
    [InlineData("en/funding/all/index.html")]
    [InlineData("en/funding/hub/jeonju/index.html")]
    [InlineData("funding/hub/jeonju/index.html")]
    public void A_part_of_a_part_is_listed_under_it_and_counted_once(string page)
    {
        using var project = TempProject.FromRepository();
        var figure = Path.Combine(project.Content, "funding", "jeonju-financial-hub-plan-budget.yaml");
        File.WriteAllText(figure, File.ReadAllText(figure).Replace("hub: jeonju\n", "hub: jeonju\npart_of: hydrogen-pilot-city-national-funds\n", StringComparison.Ordinal));

        var result = project.Run("build", "--quiet");
        Assert.True(result.ExitCode == 0, result.Stderr);

        var document = new HtmlParser().ParseDocument(File.ReadAllText(Path.Combine(project.Output, page)));
        var rows = document.QuerySelectorAll("ol.compact-list > li").Select(r => (Id: r.GetAttribute("data-id")!, Part: r.ClassList.Contains("part"))).ToArray();
        var chain = new[]
        {
            ("hydrogen-pilot-city-total", false),
            ("hydrogen-pilot-city-national-funds", true),
            ("jeonju-financial-hub-plan-budget", true),
            ("jeonju-financial-hub-plan-already-invested", true),
        };
        var at = Array.IndexOf(rows, chain[0]);
        Assert.True(at >= 0, string.Join(", ", rows));
        Assert.Equal(chain, rows[at..(at + chain.Length)]);
        Assert.Equal(rows.Length, rows.Select(r => r.Id).Distinct().Count());
        if (page.Contains("/hub/", StringComparison.Ordinal))
        {
            // Jeonju's six figures: 1조 + 1770억 + the 320억 whole, its three parts inside it.
            Assert.Equal(6, rows.Length);
            var total = document.QuerySelector("p.list-total")!;
            Assert.Equal("1209000000000", total.GetAttribute("data-amount"));
            Assert.Contains(page.StartsWith("en/", StringComparison.Ordinal) ? "6 figures, 3 of them parts" : "6건, 그중 3건은", total.TextContent, StringComparison.Ordinal);
        }
        else
        {
            Assert.Equal(Directory.GetFiles(Path.Combine(project.Content, "funding"), "*.yaml").Length, rows.Length);
        }
    }
}
