using System.Globalization;
using Hubwatch.Content;

namespace Hubwatch.Model;

/// <summary>Shows won as a reader of each language reads it: <c>14억 1,000만 원</c>, <c>KRW 1.41 billion</c>, each exact.</summary>
public static class MoneyFormatter
{
    private static readonly CultureInfo Invariant = CultureInfo.InvariantCulture;

    private const long Trillion = 1_000_000_000_000;

    public static string Format(Krw amount, Language language) =>
        language == Language.Ko ? Korean(amount) : English(amount);

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

    /// <summary>
    /// English, like Korean, says every amount exactly, so that two different amounts never read the same and a sum
    /// reads as the sum of its parts. An amount of a trillion or more is in trillions, to the thousand (<c>KRW 1
    /// trillion</c>, as a reader says 1조원; <c>KRW 1.5 trillion</c>; <c>KRW 1,894.04294 trillion</c>), except one under
    /// ten trillion that two decimals of a trillion do not hold: it is in billions (<c>KRW 1,231.71 billion</c>, not
    /// <c>KRW 1.23171 trillion</c>), so that two such totals that differ in their fourth decimal read apart at a glance
    /// (<c>KRW 1,210.17 billion</c> beside <c>KRW 1,210.41 billion</c>). A smaller amount is in billions or millions, the
    /// largest that holds it in at most three decimals (<c>KRW 1.41 billion</c>, <c>KRW 240 million</c>). Trailing zeros
    /// are dropped; an amount none of them holds so is written in full (<c>KRW 1,234,567</c>).
    /// </summary>
    public static string English(Krw amount)
    {
        var value = amount.Value;
        // Each scale down to its step: a trillion to the thousand (nine decimals at most), a billion to the million and a
        // million to the thousand (three). An amount of a trillion or more that is not a whole thousand is written in full.
        (long Size, long Step, string Word)[] scales = [(Trillion, 1_000, "trillion"), (1_000_000_000, 1_000_000, "billion"), (1_000_000, 1_000, "million")];
        foreach (var (size, step, word) in scales)
        {
            if (Math.Abs(value) < size)
            {
                continue;
            }

            // Under ten trillion, an amount that two decimals of a trillion do not hold reads in billions, which hold it.
            if (size == Trillion && Math.Abs(value) < 10 * Trillion && value % (Trillion / 100) != 0 && value % 1_000_000 == 0)
            {
                continue;
            }

            if (value % step == 0)
            {
                return $"KRW {((decimal)value / size).ToString("#,0.#########", Invariant)} {word}";
            }

            // A trillion or more is never written in a smaller scale (KRW 1,000,001.5 million).
            if (size == Trillion)
            {
                break;
            }
        }

        return "KRW " + value.ToString("N0", Invariant);
    }
}
