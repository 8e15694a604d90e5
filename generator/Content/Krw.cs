using System.Collections.Immutable;
using System.Globalization;
using System.Numerics;
using System.Text.RegularExpressions;

namespace Hubwatch.Content;

/// <summary>An exact amount of Korean won.</summary>
public readonly partial record struct Krw(long Value) : IComparable<Krw>
{
    /// <summary>The forms an amount may be written in, for error hints.</summary>
    public const string AcceptedForms = "a number with 조, 억, 만 or 천 units and 원, e.g. 1조원, 14.1억원, 150억 원, 1,770억원, 2조 5000억원, 3000만원";

    private static readonly ImmutableArray<(string Unit, BigInteger Factor)> Units =
    [
        ("조", BigInteger.Pow(10, 12)),
        ("억", BigInteger.Pow(10, 8)),
        ("만", BigInteger.Pow(10, 4)),
        ("천", BigInteger.Pow(10, 3)),
    ];

    /// <summary>Where a unit comes in <see cref="Units"/>, or -1.</summary>
    private static int RankOf(string unit)
    {
        for (var i = 0; i < Units.Length; i++)
        {
            if (Units[i].Unit == unit)
            {
                return i;
            }
        }

        return -1;
    }

    [GeneratedRegex(@"^(?<num>[0-9]{1,3}(?:,[0-9]{3})+|[0-9]+)(?:\.(?<frac>[0-9]+))?\s*(?<unit>조|억|만|천)?\s*", RegexOptions.CultureInvariant)]
    private static partial Regex Term();

    public static Krw operator +(Krw a, Krw b) => new(checked(a.Value + b.Value));

    public static Krw operator -(Krw a, Krw b) => new(checked(a.Value - b.Value));

    public static bool operator >(Krw a, Krw b) => a.Value > b.Value;

    public static bool operator <(Krw a, Krw b) => a.Value < b.Value;

    public static bool operator >=(Krw a, Krw b) => a.Value >= b.Value;

    public static bool operator <=(Krw a, Krw b) => a.Value <= b.Value;

    public static Krw Sum(IEnumerable<Krw> amounts) => amounts.Aggregate(new Krw(0), (a, b) => a + b);

    /// <summary>
    /// Parses an amount as Korean sources write it (<c>1조원</c>, <c>14.1억원</c>, <c>2조 5000억 원</c>).
    /// Decimals are exact: the digits are scaled as integers, never through floating point.
    /// </summary>
    public static bool TryParse(string written, out Krw amount, out string? error)
    {
        amount = default;
        error = null;
        var text = written.Trim();
        if (text.Length == 0)
        {
            error = "amount is empty";
            return false;
        }

        if (!text.EndsWith('원'))
        {
            error = $"amount '{written}' does not end in 원";
            return false;
        }

        text = text[..^1].TrimEnd();
        if (text.Length == 0)
        {
            error = $"amount '{written}' has no number";
            return false;
        }

        BigInteger total = BigInteger.Zero;
        var lastUnitRank = -1;
        var position = 0;
        while (position < text.Length)
        {
            var match = Term().Match(text[position..]);
            if (!match.Success || match.Length == 0)
            {
                error = $"amount '{written}' cannot be read at '{text[position..]}'";
                return false;
            }

            var unit = match.Groups["unit"].Success ? match.Groups["unit"].Value : "";
            if (unit.Length == 0 && position + match.Length < text.Length)
            {
                error = $"amount '{written}' cannot be read at '{text[(position + match.Length)..]}'";
                return false;
            }

            var rank = unit.Length == 0 ? Units.Length : RankOf(unit);
            if (rank <= lastUnitRank)
            {
                error = $"amount '{written}' repeats or misorders its units";
                return false;
            }

            lastUnitRank = rank;
            var factor = unit.Length == 0 ? BigInteger.One : Units[rank].Factor;
            var digits = match.Groups["num"].Value.Replace(",", "", StringComparison.Ordinal);
            var fraction = match.Groups["frac"].Success ? match.Groups["frac"].Value : "";
            var scaled = BigInteger.Parse(digits + fraction, CultureInfo.InvariantCulture) * factor;
            var divisor = BigInteger.Pow(10, fraction.Length);
            if (scaled % divisor != 0)
            {
                error = $"amount '{written}' is not a whole number of won";
                return false;
            }

            total += scaled / divisor;
            position += match.Length;
        }

        if (total > long.MaxValue)
        {
            error = $"amount '{written}' is too large";
            return false;
        }

        amount = new Krw((long)total);
        return true;
    }

    public int CompareTo(Krw other) => Value.CompareTo(other.Value);

    public override string ToString() => Value.ToString(CultureInfo.InvariantCulture);
}
