using Hubwatch.Content;
using Hubwatch.Diagnostics;
using Hubwatch.Model;

namespace Hubwatch.Tests.Model;

/// <summary>What a page shows of the quotes it cites from one passage of a source, and their translation.</summary>
public sealed class PassageQuotesTests
{
    private const string Text = "가나다 라마바 사아자. 차카타 파하.";

    private static readonly Seed Source = new(
        new Id<Seed>("s"), LocalizedText.Same("p"), LocalizedText.Same("t"), null, null, SeedKind.News, null, Text, new SourceLocation("seeds/s.yaml", 1, 1))
    {
        Translations =
        [
            new("가나다 라마바", "… ABC DEF …", new SourceLocation("seeds/s.yaml", 2, 9)),
            new("라마바 사아자.", "DEF GHI.", new SourceLocation("seeds/s.yaml", 4, 9)),
            new("차카타", "… JKL", new SourceLocation("seeds/s.yaml", 6, 9)),
            new("가나다 라마바 사아자.", "ABC DEF GHI.", new SourceLocation("seeds/s.yaml", 8, 9)),
        ],
    };

    private static readonly SeedText SourceText = new(Text);

    [Fact]
    public void Quotes_apart_are_shown_in_the_source_s_order_and_a_quote_inside_another_is_left_out()
    {
        var shown = PassageQuotes.Shown(["차카타", "가나다 라마바", "가나다"], SourceText, null);

        Assert.Equal(["가나다 라마바", "차카타"], shown);
        Assert.Equal("… ABC DEF … JKL", PassageQuotes.EnglishOf(Source, shown, Language.En));
        Assert.Null(PassageQuotes.EnglishOf(Source, shown, Language.Ko));
    }

    [Fact]
    public void Quotes_that_overlap_are_shown_as_the_passage_they_make()
    {
        var shown = PassageQuotes.Shown(["라마바 사아자.", "가나다  라마바"], SourceText, new Highlight(0, "가나다 라마바 사아자.".Length, "c0", []));

        Assert.Equal(["가나다 라마바 사아자."], shown);
        Assert.Equal("ABC DEF GHI.", PassageQuotes.EnglishOf(Source, shown, Language.En));
    }

    [Fact]
    public void Nothing_is_translated_while_one_of_the_shown_quotes_has_no_translation()
    {
        Assert.Null(PassageQuotes.EnglishOf(Source, ["가나다 라마바", "파하."], Language.En));
        Assert.Equal("DEF GHI.", Source.EnglishOf("  라마바\t사아자. "));
    }
}
