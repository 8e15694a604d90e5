using System.Collections.Frozen;
using Hubwatch.Content;

namespace Hubwatch.Tests.Content;

public sealed class StringsTests
{
    private static readonly Strings Text = new(
        new Dictionary<string, string> { ["answer.other_funders"] = "그 밖의 {0}곳" }.ToFrozenDictionary(),
        new Dictionary<string, string> { ["answer.other_funders"] = "{0} others", ["answer.other_funders_one"] = "{0} other" }.ToFrozenDictionary());

    [Theory]
    [InlineData(0, "{0} others")]
    [InlineData(1, "{0} other")]
    [InlineData(2, "{0} others")]
    public void A_count_takes_the_one_form_only_when_it_is_one(long n, string expected) =>
        Assert.Equal(expected, Text.ForCount(Language.En, "answer.other_funders", n));

    [Theory]
    [InlineData(1, "1 other")]
    [InlineData(3, "3 others")]
    public void A_count_is_put_into_its_wording(long n, string expected) =>
        Assert.Equal(expected, Text.Count(Language.En, "answer.other_funders", n));

    [Fact]
    public void A_language_without_a_one_form_keeps_its_only_wording() =>
        Assert.Equal("그 밖의 {0}곳", Text.ForCount(Language.Ko, "answer.other_funders", 1));
}
