using System.Globalization;
using Hubwatch.Content;
using Hubwatch.History;

namespace Hubwatch.Model;

/// <summary>Commit times as the portal shows them: on Korean time, as a date for readers and as an RFC 3339 timestamp for machines.</summary>
public static class HistoryDates
{
    private static readonly TimeSpan Korea = TimeSpan.FromHours(9);

    /// <summary><c>2026-12-02T15:30:00+09:00</c>: the form of CSV <c>Last Modified</c>, sitemap <c>lastmod</c> and Atom <c>updated</c>.</summary>
    public static string Timestamp(CommitInfo commit) =>
        commit.When.ToOffset(Korea).ToString("yyyy-MM-dd'T'HH:mm:sszzz", CultureInfo.InvariantCulture);

    /// <summary>The day of the commit in Korea.</summary>
    public static PartialDate Day(CommitInfo commit)
    {
        var local = commit.When.ToOffset(Korea);
        return new PartialDate(local.Year, local.Month, local.Day);
    }

    public static string Format(CommitInfo commit, Language language) => DateFormatter.Format(Day(commit), language);
}
