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
}
