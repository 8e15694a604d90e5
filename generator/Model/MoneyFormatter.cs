using System.Globalization;
using Hubwatch.Content;

namespace Hubwatch.Model;

/// <summary>Shows won as a reader of each language reads it: <c>14억 1,000만 원</c>, <c>KRW 1.41 billion</c>.</summary>
public static class MoneyFormatter
{
    private static readonly CultureInfo Invariant = CultureInfo.InvariantCulture;

    /// <summary>How many decimals English gives a trillion, billion or million unless more are needed to tell amounts apart.</summary>
    public const int EnglishDecimals = 3;

    public static string Format(Krw amount, Language language, int decimals = EnglishDecimals) =>
        language == Language.Ko ? Korean(amount) : English(amount, decimals);

    /// <summary>
    /// The fewest decimals, from <see cref="EnglishDecimals"/>, at which different amounts shown side by side read
    /// differently in English: a stage of 1,209,710,000,000 and a total of 1,209,950,000,000 would both read
    /// "KRW 1.21 trillion" with three; with four they read "KRW 1.2097 trillion" and "KRW 1.21 trillion".
    /// Korean shows every won, so needs none.
    /// </summary>
    public static int DecimalsApart(IEnumerable<Krw> amounts)
    {
        var values = amounts.Select(a => a.Value).Distinct().ToArray();
        var decimals = EnglishDecimals;
        // Twelve decimals of a trillion are single won: every different amount reads differently by then.
        while (decimals < 12 && values.Select(v => English(new Krw(v), decimals)).Distinct(StringComparer.Ordinal).Count() < values.Length)
        {
            decimals++;
        }

        return decimals;
    }

    /// <summary>The exact figure, for hover text and data: <c>1,410,000,000원</c> / <c>KRW 1,410,000,000</c>.</summary>
    public static string Exact(Krw amount, Language language) =>
        language == Language.Ko
            ? amount.Value.ToString("N0", Invariant) + "원"
            : "KRW " + amount.Value.ToString("N0", Invariant);

    /// <summary>Korean groups by 10⁴: 조, 억, 만, then the rest, each group with thousands separators.</summary>
    public static string Korean(Krw amount)
    {
        var value = amount.Value;
        if (value == 0)
        {
            return "0원";
        }

        var sign = value < 0 ? "-" : "";
        value = Math.Abs(value);
        var parts = new List<string>();
        (long Size, string Unit)[] units = [(1_000_000_000_000, "조"), (100_000_000, "억"), (10_000, "만")];
        foreach (var (size, unit) in units)
        {
            var group = value / size;
            value %= size;
            if (group > 0)
            {
                parts.Add(group.ToString("N0", Invariant) + unit);
            }
        }

        if (value > 0)
        {
            parts.Add(value.ToString("N0", Invariant));
        }

        return sign + string.Join(" ", parts) + " 원";
    }

    /// <summary>English uses trillion, billion and million with at most <paramref name="decimals"/> decimals, trailing zeros dropped.</summary>
    public static string English(Krw amount, int decimals = EnglishDecimals)
    {
        var value = (decimal)amount.Value;
        (decimal Size, string Word)[] scales = [(1_000_000_000_000m, "trillion"), (1_000_000_000m, "billion"), (1_000_000m, "million")];
        foreach (var (size, word) in scales)
        {
            if (Math.Abs(value) >= size)
            {
                var scaled = Math.Round(value / size, decimals, MidpointRounding.AwayFromZero);
                return $"KRW {scaled.ToString("#,0." + new string('#', decimals), Invariant)} {word}";
            }
        }

        return "KRW " + amount.Value.ToString("N0", Invariant);
    }
}
