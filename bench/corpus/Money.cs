using System.Globalization;

namespace Hubwatch.Bench.Corpus;

/// <summary>
/// Amounts as Korean sources write them. The corpus counts money in units of 천만원 (10 million won), so
/// every figure and every breakdown line can be written exactly in the forms editors meet: 1조원, 1,770억원,
/// 14.1억원, 150억 원, 3,000만원, 1조 2000억원.
/// </summary>
public static class Money
{
    public const long Unit = 10_000_000;

    private static readonly CultureInfo Invariant = CultureInfo.InvariantCulture;

    /// <summary>The amount as a source writes it; <paramref name="style"/> (0–3) varies commas and spacing.</summary>
    public static string Written(long units, int style)
    {
        var eok = units / 10; // 억 = 10 units
        var tenth = units % 10;
        if (units >= 100_000 && tenth == 0)
        {
            var jo = eok / 10_000;
            var rest = eok % 10_000;
            return rest == 0 ? $"{jo}조원" : $"{jo}조 {rest.ToString(Invariant)}억원";
        }

        if (units >= 10 && tenth == 0)
        {
            var number = style % 2 == 0 && eok >= 1000 ? eok.ToString("N0", Invariant) : eok.ToString(Invariant);
            return style == 3 ? $"{number}억 원" : $"{number}억원";
        }

        if (units >= 10)
        {
            var whole = style % 2 == 0 && eok >= 1000 ? eok.ToString("N0", Invariant) : eok.ToString(Invariant);
            return $"{whole}.{tenth}억원";
        }

        var man = units * 1000; // 천만원 = 1000 만원
        return (style % 2 == 0 ? man.ToString("N0", Invariant) : man.ToString(Invariant)) + "만원";
    }

    /// <summary>English reading for titles and purposes: KRW 32 billion, KRW 1.41 billion, KRW 30 million.</summary>
    public static string English(long units)
    {
        var won = (decimal)units * Unit;
        if (won >= 1_000_000_000_000m)
        {
            return $"KRW {(won / 1_000_000_000_000m).ToString("0.##", Invariant)} trillion";
        }

        return won >= 1_000_000_000m
            ? $"KRW {(won / 1_000_000_000m).ToString("0.##", Invariant)} billion"
            : $"KRW {(won / 1_000_000m).ToString("0.##", Invariant)} million";
    }

    /// <summary>Rounds to two significant digits, as announced figures usually are.</summary>
    public static long Round(long units)
    {
        if (units < 100)
        {
            return Math.Max(1, units);
        }

        var scale = 1L;
        while (units / scale >= 100)
        {
            scale *= 10;
        }

        return units / scale * scale;
    }

    /// <summary>Splits an amount into <paramref name="parts"/> positive amounts that add up to it exactly.</summary>
    public static long[] Split(long units, int parts, Rng rng)
    {
        var weights = Enumerable.Range(0, parts).Select(_ => 0.6 + rng.NextDouble()).ToArray();
        var total = weights.Sum();
        var result = weights.Select(w => Math.Max(1, (long)(units * w / total))).ToArray();
        result[^1] = units - result[..^1].Sum();
        return result;
    }
}
