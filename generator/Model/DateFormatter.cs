using System.Globalization;
using Hubwatch.Content;

namespace Hubwatch.Model;

/// <summary>Dates as each language writes them: <c>2023년 11월 20일</c> / <c>20 November 2023</c>, at the date's own precision.</summary>
public static class DateFormatter
{
    private static readonly CultureInfo English = CultureInfo.InvariantCulture;

    /// <summary>
    /// A source's date as the pages write it, marked when the editors worked it out (none given plainly, or two that
    /// disagree, which its date note explains); null for an undated source.
    /// </summary>
    public static string? Of(Seed seed, Strings strings, Language language) =>
        seed.Published is { } date ? Format(date, language) + (seed.DateNote is null ? "" : " " + strings.Get(language, "sources.date_by_editors")) : null;

    /// <summary>A year alone, as each language writes it: <c>2024년</c> / <c>2024</c>.</summary>
    public static string Year(int year, Language language) => Format(new PartialDate(year, null, null), language);

    public static string Format(PartialDate date, Language language)
    {
        if (language == Language.Ko)
        {
            return (date.Month, date.Day) switch
            {
                (null, _) => $"{date.Year}년",
                (_, null) => $"{date.Year}년 {date.Month}월",
                _ => $"{date.Year}년 {date.Month}월 {date.Day}일",
            };
        }

        var month = date.Month is { } m ? English.DateTimeFormat.GetMonthName(m) : null;
        return (month, date.Day) switch
        {
            (null, _) => date.Year.ToString(CultureInfo.InvariantCulture),
            (_, null) => $"{month} {date.Year}",
            _ => $"{date.Day} {month} {date.Year}",
        };
    }
}
