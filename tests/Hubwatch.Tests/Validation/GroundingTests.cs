using Hubwatch.Content;
using Hubwatch.Diagnostics;
using Hubwatch.Loading;
using Hubwatch.Tests.Support;
using Hubwatch.Validation;

namespace Hubwatch.Tests.Validation;

/// <summary>The portal's own content passes the grounding and name checks, and numbers compare by what they mean.</summary>
public sealed class GroundingTests
{
    private static ContentSet LoadPortal()
    {
        var bag = new DiagnosticBag();
        var content = new ContentLoader(new ContentPaths(Repo.Content, Repo.Seeds, Repo.Root)).Load(bag);
        Assert.False(bag.HasErrors, string.Join("\n", bag.Sorted().Select(d => d.Format())));
        return content;
    }

    [Fact]
    public void Every_number_the_portal_states_is_in_a_quote_it_cites_or_declared()
    {
        var content = LoadPortal();

        var diagnostics = GroundingChecker.Check(content);

        Assert.True(diagnostics.IsEmpty, string.Join("\n", diagnostics.Select(d => d.Format())));
        // The check has something to check: the corpus states hundreds of numbers, and declares at least one inference.
        Assert.Contains(content.Funding, f => f.Inferences.Any(i => i.Declares.Contains("175억원")));
    }

    [Fact]
    public void Every_partner_the_portal_names_is_linked()
    {
        var diagnostics = NameChecker.Check(LoadPortal());

        Assert.True(diagnostics.IsEmpty, string.Join("\n", diagnostics.Select(d => d.Format())));
    }

    [Fact]
    public void An_amount_no_quote_states_is_offered_the_quoted_amounts_nearest_it_first_and_no_year_as_money()
    {
        // A budget table: its unit line makes its bare numbers amounts in 억원, but "2022.~2026." are years, not 2,022억.
        const string Table = "(단위 : 억원)\n사업기간 : 2022.~2026.\n시비 12.5 2.3 10.2";
        var seed = Records.Seed("100_fixture", SmallPortal.SeedText + Table + "\n");
        var figure = SmallPortal.Funding("hanbit-budget", "3.2억원", "(단위 : 억원)") with
        {
            Sources = [.. Table.Split('\n').Select(line => SmallPortal.Budget.Sources[0] with { Quote = line })],
        };

        var error = Assert.Single(GroundingChecker.Check(figure, new Dictionary<Id<Seed>, Seed> { [seed.Id] = seed }));

        Assert.StartsWith("the quotes it cites state 230,000,000 won, 1,020,000,000 won, 1,250,000,000 won:", error.Hint, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("총 1770억원이 투입된다", "1,770억 원")]
    [InlineData("총 1조원을 투자한다", "10,000억 원")]
    [InlineData("1조 2,317억 1천만원", "1,231,710,000,000원")]
    [InlineData("2023.07 착공", "2023년 7월")]
    [InlineData("'22. 7.~'23. 12.", "2022년 7월")]
    [InlineData("4개 지구 4.371㎢", "4.371")]
    public void A_number_is_stated_by_another_way_of_writing_it(string quote, string prose)
    {
        var claimed = Assert.Single(StatedNumbers.InKorean(prose));

        Assert.Contains(StatedNumbers.InKorean(quote), claimed.IsStatedBy);
    }

    [Theory]
    [InlineData("지난 1일 출범했다", "2021-01-27", "2021-01-01")]
    [InlineData("지난해 6월 지정됐다", "2021-01-27", "2020-06")]
    [InlineData("지난 2월 구성해", "2023-11-20", "2023-02")]
    [InlineData("20일 대회의실에서", "2023-11-20", "2023-11-20")]
    [InlineData("올해 말까지", "2023-11-20", "2023")]
    public void A_quote_s_relative_date_is_read_through_its_source_s_date(string quote, string published, string expected)
    {
        PartialDate.TryParse(published, out var asOf, out _);

        var date = Assert.Single(StatedNumbers.InKorean(quote, asOf), n => n.Kind == NumberKind.Date);

        Assert.Equal(expected, date.Describe());
    }

    [Theory]
    [InlineData("320억 원", "KRW 32 billion")]
    [InlineData("320억원", "32 billion won")]
    [InlineData("2023년 11월 20일", "20 November 2023")]
    [InlineData("1000석", "1,000-seat")]
    public void English_numbers_are_read_as_the_Korean_ones(string korean, string english)
    {
        var claimed = Assert.Single(StatedNumbers.InEnglish(english));

        Assert.Contains(StatedNumbers.InKorean(korean), claimed.IsStatedBy);
    }

    [Fact]
    public void A_different_amount_is_not_stated()
    {
        var claimed = Assert.Single(StatedNumbers.InEnglish("KRW 3.2 billion"));

        Assert.DoesNotContain(StatedNumbers.InKorean("320억원"), claimed.IsStatedBy);
    }
}
