using Hubwatch.Content;
using Hubwatch.Model;

namespace Hubwatch.Tests.Model;

public sealed class FormatterTests
{
    [Theory]
    [InlineData(1_000_000_000_000L, "1조 원", "KRW 1 trillion")]
    [InlineData(1_410_000_000L, "14억 1,000만 원", "KRW 1.41 billion")]
    [InlineData(15_000_000_000L, "150억 원", "KRW 15 billion")]
    [InlineData(177_000_000_000L, "1,770억 원", "KRW 177 billion")]
    [InlineData(1_231_710_000_000L, "1조 2,317억 1,000만 원", "KRW 1,231.71 billion")]
    [InlineData(1_210_170_000_000L, "1조 2,101억 7,000만 원", "KRW 1,210.17 billion")]
    [InlineData(1_210_410_000_000L, "1조 2,104억 1,000만 원", "KRW 1,210.41 billion")]
    [InlineData(1_500_000_000_000L, "1조 5,000억 원", "KRW 1.5 trillion")]
    [InlineData(1_250_000_000_000L, "1조 2,500억 원", "KRW 1.25 trillion")]
    [InlineData(1_225_171_000_000L, "1조 2,251억 7,100만 원", "KRW 1,225.171 billion")]
    [InlineData(9_999_000_000_000L, "9조 9,990억 원", "KRW 9,999 billion")]
    [InlineData(12_345_000_000_000L, "12조 3,450억 원", "KRW 12.345 trillion")]
    [InlineData(1_234_567L, "123만 4,567 원", "KRW 1,234,567")]
    [InlineData(12_345_678_901L, "123억 4,567만 8,901 원", "KRW 12,345,678,901")]
    [InlineData(12_345_670_000L, "123억 4,567만 원", "KRW 12,345.67 million")]
    [InlineData(230_000_000L, "2억 3,000만 원", "KRW 230 million")]
    [InlineData(6_300_000_000L, "63억 원", "KRW 6.3 billion")]
    [InlineData(100L, "100 원", "KRW 100")]
    [InlineData(0L, "0원", "KRW 0")]
    [InlineData(1_894_042_940_000_000L, "1,894조 429억 4,000만 원", "KRW 1,894.04294 trillion")]
    [InlineData(1_000_001_000_000L, "1조 100만 원", "KRW 1,000.001 billion")]
    [InlineData(1_000_001_500_000L, "1조 150만 원", "KRW 1.0000015 trillion")]
    [InlineData(1_000_000_000_500L, "1조 500 원", "KRW 1,000,000,000,500")]
    [InlineData(-1_500_000_000_000L, "-1조 5,000억 원", "KRW -1.5 trillion")]
    public void Money_reads_exactly_as_each_language_expects(long won, string korean, string english)
    {
        Assert.Equal(korean, MoneyFormatter.Format(new Krw(won), Language.Ko));
        Assert.Equal(english, MoneyFormatter.Format(new Krw(won), Language.En));
    }

    [Fact]
    public void The_exact_figure_is_available_in_both_languages()
    {
        Assert.Equal("1,410,000,000원", MoneyFormatter.Exact(new Krw(1_410_000_000), Language.Ko));
        Assert.Equal("KRW 1,410,000,000", MoneyFormatter.Exact(new Krw(1_410_000_000), Language.En));
    }

    [Theory]
    [InlineData("2023-11-20", "2023년 11월 20일", "20 November 2023")]
    [InlineData("2020-06", "2020년 6월", "June 2020")]
    [InlineData("2023", "2023년", "2023")]
    [InlineData("2021-01-01", "2021년 1월 1일", "1 January 2021")]
    public void Dates_read_as_each_language_expects(string iso, string korean, string english)
    {
        Assert.True(PartialDate.TryParse(iso, out var date, out _));
        Assert.Equal(korean, DateFormatter.Format(date!, Language.Ko));
        Assert.Equal(english, DateFormatter.Format(date!, Language.En));
    }

    [Theory]
    [InlineData("2023-02-30", "does not exist: 2023-02 has 28 days")]
    [InlineData("2024-13", "has no month 13")]
    [InlineData("20 November 2023", "is not a date")]
    [InlineData("1800-01-01", "outside 1900–2100")]
    public void Dates_that_do_not_exist_are_refused(string text, string reason)
    {
        Assert.False(PartialDate.TryParse(text, out _, out var error));
        Assert.Contains(reason, error);
    }
}
