using Hubwatch.Model;

namespace Hubwatch.Tests.Model;

/// <summary>A page's meta description fits a results page: whole sentences within 160 characters, else cut at a word with "…".</summary>
public sealed class MetaDescriptionTests
{
    [Fact]
    public void A_short_text_is_kept_with_its_whitespace_squeezed()
    {
        Assert.Equal("Every money figure. Totals are computed.", MetaDescription.Of("  Every money figure.\n  Totals are\tcomputed. "));
    }

    [Fact]
    public void A_long_text_keeps_the_whole_sentences_that_fit()
    {
        var first = "전북혁신도시 국민연금공단 인근에 국제금융센터를 짓는 계획이 2023년 15개 기관 업무협약으로 추진되고 있다.";
        var second = "전주시는 수소·탄소·드론·금융을 4대 미래 산업으로 삼는다.";
        var third = new string('가', 100) + ".";

        Assert.Equal(first + " " + second, MetaDescription.Of($"{first} {second} {third}"));
    }

    [Fact]
    public void A_first_sentence_longer_than_160_characters_is_cut_at_a_word()
    {
        var words = string.Join(' ', Enumerable.Repeat("figure,", 30)) + ".";

        var description = MetaDescription.Of(words);

        Assert.Equal(string.Join(' ', Enumerable.Repeat("figure,", 20)).TrimEnd(',') + "…", description);
        Assert.True(description.Length <= MetaDescription.MaxLength);
    }

    [Fact]
    public void A_pages_description_is_the_text_of_its_first_paragraph()
    {
        const string Body = "# Heading\n\nHubwatch **reads** the [sources](/sources/) and `check`s\neach quote.\n\nA second paragraph.";

        Assert.Equal("Hubwatch reads the sources and checks each quote.", MetaDescription.FirstParagraph(Body));
        Assert.Null(MetaDescription.FirstParagraph("# Only a heading"));
    }
}
