using Hubwatch.Model.Search;

namespace Hubwatch.Tests.Model;

/// <summary>How search cuts text into terms: Hangul runs, folded words, particles and place suffixes.</summary>
public sealed class SearchTextTests
{
    private static string Show(IEnumerable<SearchToken> tokens) =>
        string.Join(" ", tokens.Select(t => (t.IsHangul ? "H:" : "W:") + t.Text));

    [Fact]
    public void Text_is_cut_into_hangul_runs_and_folded_words()
    {
        Assert.Equal("H:전주시가 W:jeonju W:city W:2023 H:년 W:lx H:공사", Show(SearchText.Tokenize("전주시가 Jéonju-CITY, 2023년 (LX)공사")));
    }

    [Fact]
    public void Compatibility_characters_fold_and_lone_jamo_are_ignored()
    {
        // ㈜ is (주); ＡＢＣ are full-width letters; ㅇ is a syllable not finished yet in an input method.
        Assert.Equal("H:주 H:카카오 W:abc H:국민", Show(SearchText.Tokenize("㈜카카오 ＡＢＣ 국민ㅇ")));
    }

    [Fact]
    public void Hangul_is_indexed_as_bigrams_and_a_single_syllable_as_itself()
    {
        Assert.Equal(["국민", "민연", "연금"], SearchText.Grams("국민연금"));
        Assert.Equal(["금"], SearchText.Grams("금"));
        Assert.Equal(["국민", "민연", "연금", "공단", "jeonju", "년"], SearchText.Terms("국민연금 공단 Jeonju 년").ToArray());
    }

    [Theory]
    [InlineData("전주시가", "전주시가|전주시")]
    [InlineData("전주시에서는", "전주시에서는|전주시에서|전주시")]
    [InlineData("국민연금공단과의", "국민연금공단과의|국민연금공단과|국민연금공단")]
    [InlineData("국가", "국가")]
    [InlineData("수소", "수소")]
    public void A_query_word_is_also_tried_without_its_particles_keeping_two_syllables(string word, string expected)
    {
        Assert.Equal(expected, string.Join("|", SearchText.Variants(word)));
    }

    [Theory]
    [InlineData("전주시가", "전주")]
    [InlineData("광주광역시", "광주")]
    [InlineData("전북특별자치도에서", "전북")]
    [InlineData("오창읍", "오창")]
    [InlineData("도시", "")]
    [InlineData("국민연금", "")]
    public void A_place_name_is_also_read_without_its_administrative_suffix(string word, string expected)
    {
        Assert.Equal(expected, string.Join("|", SearchText.PlaceStems(word)));
    }
}
