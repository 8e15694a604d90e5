using System.Collections.Immutable;
using System.Globalization;
using System.Text.RegularExpressions;
using Hubwatch.Content;

namespace Hubwatch.Validation;

/// <summary>What a number in a text states: an amount of money, a date, or a plain quantity (a count, a percentage, an area).</summary>
public enum NumberKind
{
    Quantity,
    Money,
    Date,
}

/// <summary>
/// One number a text states, normalised so that two ways of writing it compare equal: money in won
/// (<c>1조원</c> = <c>10,000억 원</c>), dates as year, month and day (<c>2023.07</c> = <c>2023년 7월</c>),
/// quantities as their value (<c>1,770</c> = <c>1770</c>).
/// </summary>
/// <param name="Value">The amount in won, the quantity, or for a date its year.</param>
/// <param name="Month">For a date, its month, or 0 when it gives none.</param>
/// <param name="Day">For a date, its day, or 0 when it gives none.</param>
/// <param name="Offset">Where the number starts in the text.</param>
/// <param name="Text">The number as written.</param>
public sealed record StatedNumber(NumberKind Kind, decimal Value, int Month, int Day, int Offset, string Text)
{
    /// <summary>Whether <paramref name="other"/> (from a quote) states this number: the same amount, or a date at least as precise that agrees on every part this one gives.</summary>
    public bool IsStatedBy(StatedNumber other)
    {
        if (Kind == NumberKind.Date)
        {
            // A bare year is also stated by the same number written without 년 ("2022.~2026.", a table's column).
            // A date whose year is not known (a bare "13일" in the editors' prose) agrees with any year.
            return other.Kind == NumberKind.Date
                ? (Value == 0 || other.Value == Value) && (Month == 0 || other.Month == Month) && (Day == 0 || other.Day == Day)
                : Month == 0 && Day == 0 && other.Value == Value;
        }

        return other.Kind == NumberKind.Date ? other.Month == 0 && other.Day == 0 && other.Value == Value : other.Value == Value;
    }

    /// <summary>How the number reads in a message: the normalised value, so an editor sees what was compared.</summary>
    public string Describe() => Kind switch
    {
        NumberKind.Date when Value == 0 && Month == 0 => $"day {Day}",
        NumberKind.Date when Value == 0 => Day > 0 ? $"{Month}/{Day}" : $"month {Month}",
        NumberKind.Date when Day > 0 => $"{Value}-{Month:00}-{Day:00}",
        NumberKind.Date when Month > 0 => $"{Value}-{Month:00}",
        NumberKind.Date => Value.ToString(CultureInfo.InvariantCulture),
        NumberKind.Money => $"{Value.ToString("#,0.##", CultureInfo.InvariantCulture)} won",
        _ => Value.ToString("#,0.####", CultureInfo.InvariantCulture),
    };
}

/// <summary>Reads the numbers Korean and English texts state (see <see cref="StatedNumber"/>).</summary>
public static partial class StatedNumbers
{
    private const string Num = @"\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?";

    // Korean. Alternatives are tried left to right at each position, so a date or an amount wins over its digits.
    [GeneratedRegex(
        @"(?<time>(?<!\d)(?:[01]?\d|2[0-3]):[0-5]\d(?::[0-5]\d)?)"
        + @"|(?<y>(?:19|20)\d{2})\s*년(?:\s*(?<m>1[0-2]|0?[1-9])\s*월(?:\s*(?<d>3[01]|[12]\d|0?[1-9])\s*일)?)?(?!\s*간)"
        + @"|(?<y>(?:19|20)\d{2})\s*[-.]\s*(?<m>1[0-2]|0?[1-9])\s*(?:[-.]\s*(?<d>3[01]|[12]\d|0?[1-9])(?!\d))?(?![\d,])"
        + @"|'(?<yy>\d{2})\s*\.\s*(?<m>1[0-2]|0?[1-9])\s*\.(?!\d)"
        + @"|'(?<yy>\d{2})(?!\d|\.\d)"
        + @"|(?<rel>올해|지난해|작년|내년)(?:\s*(?<m>1[0-2]|0?[1-9])\s*월(?:\s*(?<d>3[01]|[12]\d|0?[1-9])\s*일)?)?"
        + @"|(?<pre>지난|오는|이번)?\s*(?<m>1[0-2]|0?[1-9])\s*월(?:\s*(?<d>3[01]|[12]\d|0?[1-9])\s*일)?"
        + @"|(?<pre>지난|오는|이번)?\s*(?<d>3[01]|[12]\d|0?[1-9])\s*일(?![간째])"
        + @"|(?<n1>" + Num + @")\s*(?<u1>조|억|천만|백만|만|천)(?:\s*(?<n2>" + Num + @")\s*(?<u2>억|천만|백만|만|천))?(?:\s*(?<n3>" + Num + @")\s*(?<u3>천만|백만|만|천))?(?<won>\s*원)?"
        + @"|(?<n1>" + Num + @")(?<won>\s*원)"
        + @"|(?<n1>" + Num + @")",
        RegexOptions.CultureInvariant)]
    private static partial Regex Korean();

    // English: money in won ("KRW 32 billion", "1.41 billion won"), dates ("20 November 2023", "November 2023"), then plain numbers.
    [GeneratedRegex(
        @"(?:KRW|₩)\s*(?<n1>" + Num + @")(?:\s*(?<scale>trillion|billion|million|thousand))?"
        + @"|(?<n1>" + Num + @")(?:\s*(?<scale>trillion|billion|million|thousand))?\s*won\b"
        + @"|(?:(?<d>3[01]|[12]\d|0?[1-9])\s+)?(?<mon>January|February|March|April|May|June|July|August|September|October|November|December)(?:\s+(?<d2>3[01]|[12]\d|0?[1-9])(?!\d),?)?\s+(?<y>(?:19|20)\d{2})"
        + @"|(?<![\d.,])(?<y>(?:19|20)\d{2})(?![\d,]|\.\d)"
        + @"|(?<![\w'])'(?<yy>\d{2})(?!\d|\.\d)"
        + @"|(?<n1>" + Num + @")(?:\s*(?<scale>trillion|billion|million))?",
        RegexOptions.CultureInvariant)]
    private static partial Regex English();

    private static readonly ImmutableArray<string> Months =
        ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"];

    /// <summary>
    /// The numbers a Korean text states. Dates relative to the text's own date (<c>지난 1일</c>, <c>올해</c>,
    /// <c>지난해 6월</c>) are resolved through <paramref name="asOf"/>, a source's date; without one they state nothing.
    /// </summary>
    public static IEnumerable<StatedNumber> InKorean(string text, PartialDate? asOf = null)
    {
        StatedNumber? lastDate = null;
        var lastEnd = 0;
        foreach (Match match in Korean().Matches(text))
        {
            // Within a sentence, "2021년 1월 1일 …, 1월 27일" gives the second date the first one's year (and month).
            if (lastDate is not null && SentenceEnds(text, lastEnd, match.Index))
            {
                lastDate = null;
            }

            if (ReadKorean(match, asOf, lastDate) is { } number)
            {
                if (number.Kind == NumberKind.Date && number.Value > 0)
                {
                    lastDate = number;
                    lastEnd = match.Index + match.Length;
                }

                yield return number;
            }
        }
    }

    private static bool SentenceEnds(string text, int from, int to) =>
        text.AsSpan(from, to - from).IndexOfAny('\n', '.') is var at && at >= 0 && (from + at + 1 >= text.Length || !char.IsDigit(text[from + at + 1]));

    /// <summary>The numbers an English text states.</summary>
    public static IEnumerable<StatedNumber> InEnglish(string text)
    {
        foreach (Match match in English().Matches(text))
        {
            var g = match.Groups;
            var at = match.Index;
            if (g["mon"].Success)
            {
                var day = g["d"].Success ? g["d"].Value : g["d2"].Success ? g["d2"].Value : null;
                var month = Months.IndexOf(g["mon"].Value) + 1;
                yield return new StatedNumber(NumberKind.Date, Int(g["y"].Value), month, day is null ? 0 : Int(day), at, match.Value);
            }
            else if (g["y"].Success || g["yy"].Success)
            {
                var year = g["y"].Success ? Int(g["y"].Value) : 2000 + Int(g["yy"].Value);
                yield return new StatedNumber(NumberKind.Date, year, 0, 0, at, match.Value);
            }
            else
            {
                var value = Dec(g["n1"].Value) * g["scale"].Value switch
                {
                    "trillion" => 1_000_000_000_000m,
                    "billion" => 1_000_000_000m,
                    "million" => 1_000_000m,
                    "thousand" => 1_000m,
                    _ => 1m,
                };
                var isMoney = match.Value.StartsWith("KRW", StringComparison.Ordinal) || match.Value.StartsWith('₩') || match.Value.EndsWith("won", StringComparison.Ordinal);
                yield return new StatedNumber(isMoney ? NumberKind.Money : NumberKind.Quantity, value, 0, 0, at, match.Value);
            }
        }
    }

    private static StatedNumber? ReadKorean(Match match, PartialDate? asOf, StatedNumber? before)
    {
        var g = match.Groups;
        if (g["time"].Success)
        {
            return null; // a time of day (18:57:09) states nothing the check compares
        }

        var text = match.Value.Trim();
        var at = match.Index + (match.Value.Length - match.Value.TrimStart().Length);
        if (g["y"].Success || g["yy"].Success)
        {
            var year = g["y"].Success ? Int(g["y"].Value) : 2000 + Int(g["yy"].Value);
            return Date(year, g["m"], g["d"], at, text);
        }

        if (g["rel"].Success)
        {
            if (asOf is null)
            {
                return null;
            }

            var year = asOf.Year + g["rel"].Value switch { "지난해" or "작년" => -1, "내년" => 1, _ => 0 };
            return Date(year, g["m"], g["d"], at, text);
        }

        if (g["n1"].Success)
        {
            var value = Dec(g["n1"].Value) * Scale(g["u1"].Value)
                + (g["n2"].Success ? Dec(g["n2"].Value) * Scale(g["u2"].Value) : 0)
                + (g["n3"].Success ? Dec(g["n3"].Value) * Scale(g["u3"].Value) : 0);
            return new StatedNumber(g["won"].Success ? NumberKind.Money : NumberKind.Quantity, value, 0, 0, at, text);
        }

        // A month or a day without a year: resolved through the source's date, or an earlier date in the sentence, or left with no year.
        if (asOf is null)
        {
            var month = g["m"].Success ? Int(g["m"].Value) : before?.Month ?? 0;
            var year = before is not null && (g["m"].Success || before.Month > 0) ? (int)before.Value : 0;
            return new StatedNumber(NumberKind.Date, year, month, g["d"].Success ? Int(g["d"].Value) : 0, at, text);
        }

        var isPast = g["pre"].Value == "지난";
        var isFuture = g["pre"].Value == "오는";
        if (g["m"].Success)
        {
            var month = Int(g["m"].Value);
            var year = asOf.Month is { } current && ((isPast && month > current) || (!isFuture && !isPast && month > current + 6)) ? asOf.Year - 1 : asOf.Year;
            return Date(year, g["m"], g["d"], at, text);
        }

        if (asOf.Month is not { } ofMonth)
        {
            return null;
        }

        var day = Int(g["d"].Value);
        var (y, m) = asOf.Day is { } today && day > today && !isFuture ? (ofMonth == 1 ? (asOf.Year - 1, 12) : (asOf.Year, ofMonth - 1)) : (asOf.Year, ofMonth);
        return new StatedNumber(NumberKind.Date, y, m, day, at, text);
    }

    private static StatedNumber Date(int year, Group month, Group day, int at, string text) =>
        new(NumberKind.Date, year, month.Success ? Int(month.Value) : 0, month.Success && day.Success ? Int(day.Value) : 0, at, text);

    private static decimal Scale(string unit) => unit switch
    {
        "조" => 1_000_000_000_000m,
        "억" => 100_000_000m,
        "천만" => 10_000_000m,
        "백만" => 1_000_000m,
        "만" => 10_000m,
        "천" => 1_000m,
        _ => 1m,
    };

    private static int Int(string text) => int.Parse(text, CultureInfo.InvariantCulture);

    private static decimal Dec(string text) => decimal.Parse(text.Replace(",", "", StringComparison.Ordinal), CultureInfo.InvariantCulture);
}
