using System.Text.Json;
using Hubwatch.Tests.Support;

namespace Hubwatch.Tests.Rendering;

/// <summary>
/// The totals a narrowing form's choices show read as the site's own pages read them: on the portal's list of every
/// figure, choosing one hub, kind of funder, stage or year gives the label, amount and year line of that facet's page.
/// </summary>
[Collection(PortalCollection.Name)]
public sealed class NarrowTotalsTests(PortalFixture portal)
{
    [Theory]
    [InlineData("")]
    [InlineData("en/")]
    public void One_choice_on_the_list_of_every_figure_has_the_total_its_facet_page_shows(string lang)
    {
        var form = portal.Page(lang + "funding/all/index.html").QuerySelector("form.narrow")!;
        var totals = JsonDocument.Parse(portal.Files[lang + "funding/all/totals.json"]).RootElement;
        var selects = form.QuerySelectorAll("select")
            .Select(s => (Name: s.GetAttribute("name")!, Values: s.QuerySelectorAll("option").Select(o => o.GetAttribute("value")!).ToArray()))
            .ToArray();
        Assert.Equal(["hub", "funder-kind", "status", "year"], selects.Select(s => s.Name));

        var compared = 0;
        for (var d = 0; d < selects.Length; d++)
        {
            for (var place = 1; place < selects[d].Values.Length; place++)
            {
                var key = string.Join('.', selects.Select((_, i) => i == d ? place : 0));
                var entry = totals.GetProperty("totals")[totals.GetProperty("choices").GetProperty(key).GetInt32()].EnumerateArray().ToArray();
                var facet = portal.Page($"{lang}funding/{selects[d].Name}/{selects[d].Values[place]}/index.html");
                var total = facet.QuerySelector("p.list-total")!;
                var money = total.QuerySelector("strong data.money")!;
                Assert.Equal(total.GetAttribute("data-count"), entry[0].GetInt32().ToString(System.Globalization.CultureInfo.InvariantCulture));
                Assert.Equal(total.QuerySelector(".total-label")!.TextContent, entry[1].GetString());
                Assert.Equal(money.GetAttribute("value"), entry[2].GetInt64().ToString(System.Globalization.CultureInfo.InvariantCulture));
                Assert.Equal(money.TextContent, entry[3].GetString());
                Assert.Equal(money.GetAttribute("title"), entry[4].GetString());
                var year = facet.QuerySelector("p.year-total");
                Assert.Equal(year?.TextContent, entry.Length > 5 ? entry[5].GetString() + " " + entry[7].GetString() : null);
                compared++;
            }
        }

        Assert.True(compared >= 10, $"only {compared} facets");
    }
}
