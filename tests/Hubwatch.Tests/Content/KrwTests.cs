using Hubwatch.Content;

namespace Hubwatch.Tests.Content;

public sealed class KrwTests
{
    [Theory]
    [InlineData("1조원", 1_000_000_000_000L)]
    [InlineData("14.1억원", 1_410_000_000L)]
    [InlineData("150억원", 15_000_000_000L)]
    [InlineData("1770억원", 177_000_000_000L)]
    [InlineData("1,770억원", 177_000_000_000L)]
    [InlineData("320억 원", 32_000_000_000L)]
    [InlineData("2조 5000억원", 2_500_000_000_000L)]
    [InlineData("2.3억원", 230_000_000L)]
    [InlineData("3000만원", 30_000_000L)]
    [InlineData("100원", 100L)]
    [InlineData("0.0001억원", 10_000L)]
    [InlineData("1억 2345만 6789원", 123_456_789L)]
    public void Amounts_as_sources_write_them_are_exact(string written, long expected)
    {
        Assert.True(Krw.TryParse(written, out var amount, out var error), error);
        Assert.Equal(expected, amount.Value);
    }

    [Theory]
    [InlineData("14.1억", "does not end in 원")]
    [InlineData("원", "has no number")]
    [InlineData("억원", "cannot be read at '억'")]
    [InlineData("1억 2조원", "repeats or misorders its units")]
    [InlineData("1억 1억원", "repeats or misorders its units")]
    [InlineData("0.5원", "is not a whole number of won")]
    [InlineData("10조 원 원", "cannot be read")]
    [InlineData("1.2.3억원", "cannot be read")]
    [InlineData("99999999999조원", "is too large")]
    [InlineData("abc원", "cannot be read at 'abc'")]
    public void Malformed_amounts_are_refused_with_a_reason(string written, string reason)
    {
        Assert.False(Krw.TryParse(written, out _, out var error));
        Assert.Contains(reason, error);
    }

    [Fact]
    public void Decimal_amounts_add_up_without_floating_point_error()
    {
        var parts = new[] { "2.4억원", "2.3억원", "2.4억원", "2.3억원", "2.4억원", "2.3억원" }
            .Select(w => Krw.TryParse(w, out var k, out _) ? k : throw new InvalidOperationException(w));
        Assert.True(Krw.TryParse("14.1억원", out var total, out _));
        Assert.Equal(total, Krw.Sum(parts));
    }
}
