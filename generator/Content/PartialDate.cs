using System.Globalization;
using System.Text.RegularExpressions;

namespace Hubwatch.Content;

/// <summary>A calendar date as precise as the source allows: a year, a month or a day.</summary>
public sealed partial record PartialDate(int Year, int? Month, int? Day) : IComparable<PartialDate>
{
    [GeneratedRegex(@"^([0-9]{4})(?:-([0-9]{2})(?:-([0-9]{2}))?)?$")]
    private static partial Regex Shape();

    /// <summary>Parses <c>YYYY</c>, <c>YYYY-MM</c> or <c>YYYY-MM-DD</c>; returns an explanation when the text is not a real date.</summary>
    public static bool TryParse(string text, out PartialDate? date, out string? error)
    {
        date = null;
        error = null;
        var match = Shape().Match(text.Trim());
        if (!match.Success)
        {
            error = $"'{text}' is not a date; write YYYY-MM-DD, YYYY-MM or YYYY";
            return false;
        }

        var year = int.Parse(match.Groups[1].Value, CultureInfo.InvariantCulture);
        int? month = match.Groups[2].Success ? int.Parse(match.Groups[2].Value, CultureInfo.InvariantCulture) : null;
        int? day = match.Groups[3].Success ? int.Parse(match.Groups[3].Value, CultureInfo.InvariantCulture) : null;
        if (year < 1900 || year > 2100)
        {
            error = $"year {year} is outside 1900–2100";
            return false;
        }

        if (month is < 1 or > 12)
        {
            error = $"'{text}' has no month {month}";
            return false;
        }

        if (day is not null && (day < 1 || day > DateTime.DaysInMonth(year, month!.Value)))
        {
            error = $"'{text}' does not exist: {year}-{month:00} has {DateTime.DaysInMonth(year, month!.Value)} days";
            return false;
        }

        date = new PartialDate(year, month, day);
        return true;
    }

    /// <summary>ISO 8601 text at the date's own precision.</summary>
    public string Iso => (Month, Day) switch
    {
        (null, _) => Year.ToString("0000", CultureInfo.InvariantCulture),
        (_, null) => $"{Year:0000}-{Month:00}",
        _ => $"{Year:0000}-{Month:00}-{Day:00}",
    };

    /// <summary>
    /// Text that orders ordinally as <see cref="CompareTo"/> does: a missing month or day is 00, so a date known only to
    /// its year or month comes before the dates within it ("2020" before "2020-01-30").
    /// </summary>
    public string SortKey => string.Create(CultureInfo.InvariantCulture, $"{Year:0000}-{Month ?? 0:00}-{Day ?? 0:00}");

    public int CompareTo(PartialDate? other)
    {
        if (other is null)
        {
            return 1;
        }

        var byYear = Year.CompareTo(other.Year);
        if (byYear != 0)
        {
            return byYear;
        }

        var byMonth = (Month ?? 0).CompareTo(other.Month ?? 0);
        return byMonth != 0 ? byMonth : (Day ?? 0).CompareTo(other.Day ?? 0);
    }

    public override string ToString() => Iso;
}
