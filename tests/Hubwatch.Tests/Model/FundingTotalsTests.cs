using Hubwatch.Content;
using Hubwatch.Diagnostics;
using Hubwatch.Loading;
using Hubwatch.Model;
using Hubwatch.Tests.Support;

namespace Hubwatch.Tests.Model;

/// <summary>
/// The totals of the seed site, computed from the repository's content: by stage, by public or private money, by funder
/// kind (a part to its own kind, the remainder to the whole's), by hub (shared figures in a line of their own).
/// </summary>
public sealed class FundingTotalsTests
{
    private const long Eok = 100_000_000;

    private static readonly Lazy<ContentSet> Seeded = new(() =>
    {
        var bag = new DiagnosticBag();
        var content = new ContentLoader(new ContentPaths(Repo.Content, Repo.Seeds, Repo.Root)).Load(bag);
        Assert.False(bag.HasErrors);
        return content;
    });

    private static ContentSet Content => Seeded.Value;

    private static FundingTotals Site => FundingTotals.Of(Content.Funding);

    private static FundingTotals Hub(string id) => FundingTotals.Of(Content.Funding.Where(f => f.Hubs.Any(h => h.Id == id)));

    private static FundingTotals Funder(string id) => FundingTotals.Of(Content.Funding.Where(f => f.Funders.Any(p => p.Id == id)));

    private static long Line(IEnumerable<TotalLine> lines, string key) => lines.SingleOrDefault(l => l.Key == key)?.Amount.Value ?? 0;

    public static TheoryData<string, string, string, long> Lines() => new()
    {
        // scope, split, key, amount in won
        { "site", "status", "announced", 63 * Eok },
        // The Jeonju plan's 14.1억 less the 2.4억 its table lists as already invested.
        { "site", "status", "planned", 10_000 * Eok + 1770 * Eok + 320 * Eok + 150 * Eok + 117 * Eok / 10 },
        { "site", "status", "committed", 0 },
        { "site", "status", "executed", 24 * Eok / 10 },
        { "jeonju", "status", "executed", 24 * Eok / 10 },
        { "jeonju", "kind", "municipal", 141 * Eok / 10 },
        { "site", "sector", "public", 145 * Eok + 63 * Eok + 141 * Eok / 10 },
        { "site", "sector", "private", 10_000 * Eok + 150 * Eok },
        { "site", "sector", "unspecified", 175 * Eok + 1770 * Eok },
        { "site", "kind", "national", 145 * Eok + 63 * Eok },
        { "site", "kind", "municipal", 141 * Eok / 10 },
        { "site", "kind", "private", 10_000 * Eok },
        { "site", "kind", "foreign", 150 * Eok },
        { "site", "kind", "unspecified", 175 * Eok + 1770 * Eok },
        { "jeonju", "kind", "national", 145 * Eok },
        { "jeonju", "kind", "unspecified", 175 * Eok + 1770 * Eok },
        { "jeonju", "sector", "public", 145 * Eok + 141 * Eok / 10 },
        { "jeonju", "status", "announced", 0 },
        { "ochang", "status", "announced", 63 * Eok },
        { "changwon", "kind", "national", 63 * Eok },
        { "gwangju", "sector", "private", 150 * Eok },
        { "molit", "kind", "national", 145 * Eok },
        { "molit", "status", "planned", 145 * Eok },
    };

    [Theory]
    [MemberData(nameof(Lines))]
    public void Each_split_of_the_seed_site_has_the_amount_the_sources_give(string scope, string split, string key, long won)
    {
        var totals = scope switch
        {
            "site" => Site,
            "molit" => Funder("molit"),
            _ => Hub(scope),
        };
        var lines = split switch
        {
            "status" => totals.ByStatus,
            "sector" => totals.BySector,
            _ => totals.ByFunderKind,
        };

        Assert.Equal(won, Line(lines, key));
    }

    [Fact]
    public void The_hydrogen_figure_counts_its_national_part_as_national_and_only_the_remainder_as_not_stated()
    {
        var hydrogen = FundingTotals.Of(Content.Funding.Where(f => f.Program?.Id == "hydrogen-pilot-city"));

        Assert.Equal(320 * Eok, hydrogen.Total.Value);
        Assert.Equal(1, hydrogen.CountedFigures);
        Assert.Equal([("national", 145 * Eok), ("unspecified", 175 * Eok)], hydrogen.ByFunderKind.Select(l => (l.Key, l.Amount.Value)));
        Assert.Equal([("public", 145 * Eok), ("private", 0), ("unspecified", 175 * Eok)], hydrogen.BySector.Select(l => (l.Key, l.Amount.Value)));
    }

    [Fact]
    public void The_yearly_split_names_the_stages_of_the_wholes_it_adds_up_and_of_their_parts()
    {
        // The Jeonju plan (planned) holds the yearly split; its "already invested" 2.4억 is a part, spent.
        Assert.Equal([FundingStatus.Planned, FundingStatus.Executed], Site.ByYearStages.ToArray());
        Assert.Equal([FundingStatus.Planned, FundingStatus.Executed], Funder("jeonju-city").ByYearStages.ToArray());
        Assert.Empty(Funder("molit").ByYearStages);

        // The stages by year are made from the same slices as the stages of the whole: the part is counted as spent there too.
        Assert.Equal(24 * Eok / 10, Line(Funder("jeonju-city").ByStatus, "executed"));
    }

    [Fact]
    public void The_grand_total_is_unchanged_by_parts()
    {
        var wholes = Content.Funding.Where(f => f.PartOf is null).Sum(f => f.Amount.Value);

        Assert.Equal(wholes, Site.Total.Value);
        Assert.Equal(123_171 * Eok / 10, Site.Total.Value);
    }

    [Fact]
    public void A_part_whose_whole_is_elsewhere_counts_on_its_funders_page()
    {
        var molit = Funder("molit");

        Assert.Equal(145 * Eok, molit.Total.Value);
        Assert.Equal([("molit", 145 * Eok)], molit.ByFunder.Select(l => (l.Key, l.Amount.Value)));
    }

    [Fact]
    public void The_shared_63_eok_is_a_line_of_its_own_counted_once_and_never_ochangs_or_changwons()
    {
        var line = Site.ByHub.Single(l => l.Group.Hubs.Contains(new("ochang")));

        Assert.Equal(["ochang", "changwon"], line.Group.Hubs.Select(h => h.Value).ToArray());
        Assert.True(line.Group.IsShared);
        Assert.Equal(63 * Eok, line.Amount.Value);
        Assert.DoesNotContain(Site.ByHub, l => l.Group.Hubs.Select(h => h.Value).SequenceEqual(["changwon"]));
        Assert.Contains(Site.Shared, f => f.Id == "digital-innovation-hub-national-funds-2024");
    }

    [Fact]
    public void Jeonju_and_Wanjus_hydrogen_city_is_not_jeonjus_own()
    {
        var jeonju = Site.ByHub.Where(l => l.Group.Hubs.Contains(new("jeonju"))).ToDictionary(l => l.Group.Key, l => l.Amount.Value);

        Assert.Equal(10_000 * Eok + 1770 * Eok + 141 * Eok / 10, jeonju["jeonju"]);
        Assert.Equal(320 * Eok, jeonju["jeonju+with:wanju-county"]);
    }

    [Fact]
    public void Every_split_of_every_hub_and_funder_adds_up_to_its_total_and_no_figure_counts_twice_across_hubs()
    {
        var scopes = Content.Hubs.Select(h => Hub(h.Id))
            .Concat(Content.Partners.Select(p => Funder(p.Id)))
            .Append(Site);
        foreach (var totals in scopes)
        {
            Assert.Equal(totals.Total, Krw.Sum(totals.ByStatus.Select(l => l.Amount)));
            Assert.Equal(totals.Total, Krw.Sum(totals.BySector.Select(l => l.Amount)));
            Assert.Equal(totals.Total, Krw.Sum(totals.ByFunderKind.Select(l => l.Amount)));
            Assert.Equal(totals.Total, Krw.Sum(totals.ByHub.Select(l => l.Amount)));
            Assert.Equal(totals.Total, Krw.Sum(totals.ByYear.Select(l => l.Amount)) + totals.NotByYear);
        }

        // Each figure is in exactly one hub line, so the hubs' own money plus each shared group once is the site's total.
        var own = Content.Hubs.Sum(h => FundingTotals.Of(Content.Funding.Where(f => f.Hubs.Any(r => r.Id == h.Id) && !HubGroup.Of(f).IsShared)).Total.Value);
        var groups = Content.Funding.Where(f => HubGroup.Of(f).IsShared).GroupBy(f => HubGroup.Of(f).Key).Sum(g => FundingTotals.Of(g).Total.Value);
        Assert.Equal(Site.Total.Value, own + groups);
    }

    [Fact]
    public void A_figure_listed_twice_is_counted_once()
    {
        var twice = Content.Funding.Concat(Content.Funding);

        Assert.Equal(Site.Total, FundingTotals.Of(twice).Total);
    }
}
