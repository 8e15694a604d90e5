using Hubwatch.Content;
using Hubwatch.Model;

namespace Hubwatch.Tests.Model;

public sealed class WrittenLanguageTests
{
    [Theory]
    [InlineData("Add the Hanbit hub", Language.En)]
    [InlineData("Hanbit selected; budget 12.5억원; the university joins the MOU", Language.En)]
    [InlineData("전주시 MOU 체결", Language.Ko)]
    [InlineData("한빛 혁신거점 예산 정정", Language.Ko)]
    public void A_text_is_in_the_language_most_of_its_letters_are(string text, Language expected) =>
        Assert.Equal(expected, WrittenLanguage.Of(text));

    [Fact]
    public void A_text_without_letters_has_no_language() => Assert.Null(WrittenLanguage.Of("2024 · 12.5"));

    [Theory]
    [InlineData("Add the Hanbit hub", Language.Ko, "en")]
    [InlineData("Add the Hanbit hub", Language.En, null)]
    [InlineData("한빛 예산 정정", Language.En, "ko")]
    [InlineData("한빛 예산 정정", Language.Ko, null)]
    public void A_page_marks_only_a_text_in_its_other_language(string text, Language page, string? expected) =>
        Assert.Equal(expected, WrittenLanguage.LangOn(text, page));
}
