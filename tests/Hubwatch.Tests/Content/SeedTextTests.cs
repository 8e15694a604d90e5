using Hubwatch.Content;

namespace Hubwatch.Tests.Content;

public sealed class SeedTextTests
{
    private const string Table = "구분\t총투자 규모\n합계\t14.1\t2.4\t11.7\n";

    [Fact]
    public void A_quote_matches_across_tabs_and_line_breaks()
    {
        var seed = new SeedText(Table);
        var span = seed.Find("총투자 규모 합계 14.1");
        Assert.NotNull(span);
        Assert.Equal("총투자 규모\n합계\t14.1", Table[span.Value.Start..span.Value.End]);
    }

    [Fact]
    public void An_altered_quote_is_not_found_and_the_nearest_passage_shows_where_it_differs()
    {
        var seed = new SeedText("전북혁신도시에는 1000석 규모의 컨벤션센터를 짓는다.");
        Assert.Null(seed.Find("1,000석 규모의 컨벤션센터"));
        var (passage, at) = seed.Nearest("1,000석 규모의 컨벤션센터");
        Assert.Equal("1000석 규모의 컨벤션센터", passage);
        Assert.Equal(1, at);
    }

    [Fact]
    public void Any_run_of_whitespace_matches_any_other_but_a_space_must_be_where_the_seed_has_one()
    {
        var seed = new SeedText("총사업비는\n120억원이다.");

        // A line break in the seed: a space, spaces, a tab, a no-break or an ideographic space in the quote.
        Assert.Equal((0, 14), seed.Find("총사업비는 120억원이다."));
        Assert.Equal((0, 14), seed.Find(" 총사업비는 \t 120억원이다.\n"));
        Assert.Equal((0, 14), seed.Find("총사업비는\u00a0120억원이다."));
        Assert.Equal((0, 14), seed.Find("총사업비는\u3000120억원이다."));

        // But not nothing, and no space where the seed has none.
        Assert.Null(seed.Find("총사업비는120억원이다."));
        Assert.Null(seed.Find("총사업비는 120억 원이다."));
    }
}
