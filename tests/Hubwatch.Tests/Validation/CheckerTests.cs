using System.Collections.Immutable;
using Hubwatch.Content;
using Hubwatch.Diagnostics;
using Hubwatch.Tests.Support;
using Hubwatch.Validation;

namespace Hubwatch.Tests.Validation;

/// <summary>Each checker called with a few records, without loading or building a portal.</summary>
public sealed class CheckerTests
{
    [Fact]
    public void The_small_portal_passes_every_checker()
    {
        var content = SmallPortal.Content();
        var index = ContentIndex.Of(content);
        ImmutableArray<Diagnostic> all =
        [
            .. IdChecker.Check(content.Hubs), .. IdChecker.Check(content.Partners), .. IdChecker.Check(content.Seeds, content.Pages),
            .. SourcingChecker.Check(content.Hubs), .. SourcingChecker.Check(content.Funding),
            .. ReferenceChecker.Check(index), .. CitationChecker.Check(index), .. FundingChecker.Check(index),
            .. PartnerUsageChecker.Check(index), .. SeedMentionChecker.Check(index), .. ReadingChecker.Check(index),
        ];
        Assert.Empty(all);
    }

    [Fact]
    public void IdChecker_reports_a_duplicate_id_where_it_is_repeated_with_the_first()
    {
        var second = SmallPortal.Hub with { Where = new SourceLocation("content/hubs/second.yaml", 1, 1) };
        var diagnostic = Assert.Single(IdChecker.Check([SmallPortal.Hub, second]));
        Assert.Equal("content/hubs/second.yaml:1:1: error: duplicate hub id 'hanbit'\n  hint: first defined at content/hubs/hanbit.yaml:1:1", diagnostic.Format());
    }

    [Fact]
    public void IdChecker_reports_an_id_windows_cannot_use_as_a_file_name()
    {
        var diagnostic = Assert.Single(IdChecker.Check([SmallPortal.City with { Id = new("con") }]));
        Assert.Equal("content/partners/hanbit-city.yaml:1:1: error: partner id 'con' is a reserved device name on Windows", $"{diagnostic.Where}: error: {diagnostic.Message}");
    }

    [Fact]
    public void SourcingChecker_reports_a_funding_figure_that_cites_nothing()
    {
        var diagnostic = Assert.Single(SourcingChecker.Check([SmallPortal.Budget with { Sources = [] }]));
        Assert.Equal(Severity.Error, diagnostic.Severity);
        Assert.Equal("content/funding/hanbit-budget.yaml:1:1", diagnostic.Where.ToString());
        Assert.Equal("funding 'hanbit-budget' cites no source", diagnostic.Message);
    }

    [Fact]
    public void ReferenceChecker_reports_an_unknown_hub_where_it_is_named_and_suggests_the_closest()
    {
        var misspelt = Records.Agreement("hanbit-mou", """
            title: { ko: 협약, en: MOU }
            kind: mou
            date: 2024-03-20
            hub: hanbt
            parties:
              - partner: hanbit-city
            summary: { ko: 협약, en: MOU }
            sources:
              - seed: 100_fixture
                quote: "20일 혁신거점 조성에 관한 업무협약을 체결했다"
            """);
        var index = ContentIndex.Of(SmallPortal.Content() with { Agreements = [misspelt] });
        var diagnostic = Assert.Single(ReferenceChecker.Check(index.Content.Agreements, index));
        Assert.Equal("content/agreements/hanbit-mou.yaml:5:6: error: unknown hub 'hanbt'", $"{diagnostic.Where}: error: {diagnostic.Message}");
        Assert.Contains("'hanbit'", diagnostic.Hint);
    }

    [Fact]
    public void ReferenceChecker_resolves_a_partner_named_by_its_korean_name()
    {
        var index = ContentIndex.Of(SmallPortal.Content());
        Assert.Equal("한빛대학교", SmallPortal.Mou.Parties[1].Partner.Id);
        Assert.Empty(ReferenceChecker.Check(index.Content.Agreements, index));
        Assert.Equal("hanbit-university", index.Partner(new("한빛대학교"))?.Id.Value);
    }

    [Theory]
    [InlineData("한빛시는 '혁신거점' 조성에", "(the quote has U+0027 APOSTROPHE ''' where the seed has U+2018 LEFT SINGLE QUOTATION MARK '‘')")]
    [InlineData("한빛시ㆍ한빛대학교", "(the quote has U+318D HANGUL LETTER ARAEA 'ㆍ' where the seed has U+00B7 MIDDLE DOT '·')")]
    public void CitationChecker_names_marks_that_look_alike_where_a_quote_differs_by_one(string quote, string named)
    {
        // Copied or typed again, a quotation mark or a middle dot becomes its look-alike: both excerpts would look the same.
        var seed = Records.Seed("100_fixture", SmallPortal.SeedText + "한빛시는 ‘혁신거점’ 조성에 나선다. 한빛시·한빛대학교 협력.\n");
        var figure = SmallPortal.Funding("hanbit-budget", "12.5억원", quote);
        var index = ContentIndex.Of(SmallPortal.Content() with { Seeds = [seed], Funding = [figure] });

        var diagnostic = Assert.Single(CitationChecker.Check(index));

        Assert.EndsWith(named, diagnostic.Hint, StringComparison.Ordinal);
    }

    [Fact]
    public void CitationChecker_shows_the_nearest_passage_and_where_a_quote_differs()
    {
        var altered = SmallPortal.Funding("hanbit-budget", "12.5억원", "총 12,5억원을 투입할 계획이다");
        var index = ContentIndex.Of(SmallPortal.Content() with { Funding = [altered] });
        var diagnostic = Assert.Single(CitationChecker.Check(index));
        Assert.Equal(
            "content/funding/hanbit-budget.yaml:11:12: error: quote not found in seed 100_fixture\n"
            + "  hint: nearest passage: \"총 12.5억원을 투입할 계획이다\"; they differ at character 5: the quote has ',5억원을 투입', the seed has '.5억원을 투입' (the quote has U+002C ',' where the seed has U+002E '.')",
            diagnostic.Format());
    }

    [Fact]
    public void PartnerUsageChecker_warns_about_a_partner_no_hub_is_linked_to()
    {
        var orphan = SmallPortal.University with { Id = new("hanbit-bank"), Name = new LocalizedText("한빛은행", "Hanbit Bank"), Where = new SourceLocation("content/partners/hanbit-bank.yaml", 1, 1) };
        var index = ContentIndex.Of(SmallPortal.Content() with { Partners = [SmallPortal.City, SmallPortal.University, orphan] });
        var diagnostic = Assert.Single(PartnerUsageChecker.Check(index));
        Assert.Equal("content/partners/hanbit-bank.yaml:1:1: warning: partner 'hanbit-bank' is linked to no hub", $"{diagnostic.Where}: warning: {diagnostic.Message}");
        Assert.Equal(Severity.Warning, diagnostic.Severity);
    }

    [Fact]
    public void SeedMentionChecker_warns_about_an_organisation_the_source_names_that_no_partner_is()
    {
        var seed = Records.Seed("100_fixture", SmallPortal.SeedText + "한빛테크노파크가 사업을 맡는다.\n");
        var index = ContentIndex.Of(SmallPortal.Content() with { Seeds = [seed] });
        var diagnostic = Assert.Single(SeedMentionChecker.Check(index));
        Assert.Equal("seeds/100_fixture.txt:5:1: warning: the source names '한빛테크노파크', which is no partner's name or alias", $"{diagnostic.Where}: warning: {diagnostic.Message}");
    }

    [Fact]
    public void ReadingChecker_warns_where_a_funder_and_a_hub_are_written_that_no_quote_names()
    {
        var figure = SmallPortal.Funding("hanbit-budget", "12.5억원", "총 12.5억원을 투입할 계획이다");
        var index = ContentIndex.Of(SmallPortal.Content() with { Funding = [figure] });

        Assert.Equal(
            [
                "content/funding/hanbit-budget.yaml:5:9: warning: funding 'hanbit-budget': no quote it cites names its funder 'hanbit-city' (한빛시)",
                "content/funding/hanbit-budget.yaml:6:6: warning: funding 'hanbit-budget': no quote it cites names its hub 'hanbit' (한빛 혁신거점)",
            ],
            ReadingChecker.Check(index).Select(d => $"{d.Where}: {d.Severity.ToString().ToLowerInvariant()}: {d.Message}"));
        Assert.All(ReadingChecker.Check(index), d => Assert.Contains("reads: [", d.Hint, StringComparison.Ordinal));
    }

    [Fact]
    public void ReadingChecker_warns_about_a_kind_of_funder_its_funder_is_not()
    {
        var city = SmallPortal.Budget with { FunderKind = FunderKind.Private };
        var diagnostic = Assert.Single(ReadingChecker.Check(ContentIndex.Of(SmallPortal.Content() with { Funding = [city] })));
        Assert.Equal(
            "content/funding/hanbit-budget.yaml:5:9: funding 'hanbit-budget': funder_kind is 'private', but its funder 'hanbit-city' is a local-government, whose money is 'municipal'",
            $"{diagnostic.Where}: {diagnostic.Message}");
        Assert.Equal("write funder_kind: municipal, or say in an inference with reads: [funder-kind] why the editors read it otherwise", diagnostic.Hint);

        // A university's money may be any kind; a metropolitan city, a provincial government, calls its own money 시비.
        var university = SmallPortal.Budget with { Funder = new EntityRef<Partner>(new("hanbit-university"), city.Where), FunderKind = FunderKind.Private };
        var metropolitan = SmallPortal.Content() with { Partners = [SmallPortal.City with { Type = PartnerType.ProvincialGovernment }, SmallPortal.University] };
        Assert.Empty(ReadingChecker.Check(ContentIndex.Of(metropolitan)));
        Assert.DoesNotContain(ReadingChecker.Check(ContentIndex.Of(SmallPortal.Content() with { Funding = [university] })), d => d.Message.Contains("funder_kind", StringComparison.Ordinal));
    }

    [Fact]
    public void FundingChecker_takes_equal_amounts_of_one_passage_for_different_money_when_their_periods_differ()
    {
        // A budget table's row gives 2.3 under '22 and again under '24: two parts of the whole, one passage, one amount.
        const string Row = "시비 12.5 2.3 2.3";
        var seed = Records.Seed("100_fixture", SmallPortal.SeedText + Row + "\n");
        var whole = new EntityRef<Funding>(new Id<Funding>("hanbit-budget"), SmallPortal.Budget.Where);
        Funding Part(string id, int year) => SmallPortal.Funding(id, "2.3억원", Row) with { PartOf = whole, Period = new Period(year, year) };
        IEnumerable<Diagnostic> Check(params Funding[] parts) =>
            FundingChecker.CheckTogether(ContentIndex.Of(SmallPortal.Content() with { Seeds = [seed], Funding = [SmallPortal.Budget, .. parts] }));

        Assert.DoesNotContain(Check(Part("hanbit-2022", 2022), Part("hanbit-2024", 2024)), d => d.Message.Contains("repeats", StringComparison.Ordinal));

        // The same year twice is the same money recorded twice; both are parts already, so the hint asks for periods.
        var twice = Assert.Single(Check(Part("hanbit-2022", 2022), Part("hanbit-2022-again", 2022)), d => d.Message.Contains("repeats", StringComparison.Ordinal));
        Assert.Equal("'hanbit-2022' repeats the figure 'hanbit-2022-again' (2.3억원, same passage of 100_fixture): it would be counted twice", twice.Message);
        Assert.Equal("remove one; if they are different money (other years, other items), give each its own period", twice.Hint);
    }

    [Fact]
    public void ReadingChecker_is_silent_when_the_editors_mark_their_reading_or_the_source_is_the_funders_own()
    {
        var figure = SmallPortal.Funding("hanbit-budget", "12.5억원", "총 12.5억원을 투입할 계획이다");
        var read = figure with
        {
            Inferences = [new Inference(SmallPortal.Hub.Summary, SmallPortal.Hub.Summary, [], [], figure.Where) { Reads = [FundingReading.Funder, FundingReading.Hub, FundingReading.FunderKind] }],
            FunderKind = FunderKind.Private,
        };
        var cityPlan = SmallPortal.Seed with { Publisher = new LocalizedText("한빛시", "Hanbit City") };

        Assert.Empty(ReadingChecker.Check(ContentIndex.Of(SmallPortal.Content() with { Funding = [read] })));
        // The city's own plan writes "시비" without naming itself: its publisher names the funder and the hub's region.
        Assert.Empty(ReadingChecker.Check(ContentIndex.Of(SmallPortal.Content() with { Funding = [figure], Seeds = [cityPlan] })));
        // An alias names the funder too; the hub is still not named.
        var byAlias = SmallPortal.Funding("hanbit-budget", "12.5억원", "빛고을시는 예산을 늘린다");
        var content = SmallPortal.Content() with
        {
            Funding = [byAlias],
            Partners = [SmallPortal.City with { Aliases = ["빛고을시"] }, SmallPortal.University],
            Seeds = [Records.Seed("100_fixture", SmallPortal.SeedText + "빛고을시는 예산을 늘린다.\n")],
        };
        Assert.Equal("funding 'hanbit-budget': no quote it cites names its hub 'hanbit' (한빛 혁신거점)", Assert.Single(ReadingChecker.Check(ContentIndex.Of(content))).Message);
    }

    [Fact]
    public void PageChecker_asks_for_the_english_twin_of_a_korean_page()
    {
        var page = new TextPage("about", Language.Ko, "소개", "본문", 4, new SourceLocation("content/pages/about.ko.md", 1, 1));
        var diagnostic = Assert.Single(PageChecker.Check([page]));
        Assert.Equal("content/pages/about.ko.md:1:1: error: page 'about' has no en version\n  hint: add content/pages/about.en.md", diagnostic.Format());
    }
}
