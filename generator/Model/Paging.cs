using System.Globalization;
using Hubwatch.Model.Views;

namespace Hubwatch.Model;

/// <summary>
/// Splits an ordered list into pages of at most <see cref="PageSize"/> items and names their routes: the list's own
/// route for the first page (<c>funding/all/</c>), <c>&lt;list&gt;page/&lt;n&gt;/</c> for the others
/// (<c>funding/all/page/2/</c>). Every long list of the site is paged this way, so no page lists more than
/// <see cref="PageSize"/> records and browsing needs no script.
/// </summary>
public static class Paging
{
    /// <summary>The most records one page of a list shows.</summary>
    public const int PageSize = 100;

    /// <summary>How many pages to either side of the current one the pager links by number.</summary>
    public const int Window = 2;

    /// <summary>
    /// How many pages a list of <paramref name="items"/> items takes, <paramref name="size"/> (at most
    /// <see cref="PageSize"/>) to a page; an empty list is one empty page.
    /// </summary>
    public static int PageCount(int items, int size = PageSize) => Math.Max(1, (items + Size(size) - 1) / Size(size));

    /// <summary>The route of page <paramref name="number"/> (from 1) of the list at <paramref name="list"/>.</summary>
    public static string Route(string list, int number) =>
        number <= 1 ? list : $"{list}page/{number.ToString(CultureInfo.InvariantCulture)}/";

    /// <summary>The page (from 1) that shows the item at <paramref name="index"/> (from 0).</summary>
    public static int PageOf(int index, int size = PageSize) => (index / Size(size)) + 1;

    /// <summary>The items of page <paramref name="number"/> (from 1).</summary>
    public static IReadOnlyList<T> Slice<T>(IReadOnlyList<T> items, int number, int size = PageSize) =>
        [.. items.Skip((number - 1) * Size(size)).Take(Size(size))];

    private static int Size(int size) => size is >= 1 and <= PageSize
        ? size
        : throw new ArgumentOutOfRangeException(nameof(size), size, $"a page holds 1 to {PageSize} items");

    /// <summary>
    /// The page numbers the pager shows, in order: the first and last page, and <see cref="Window"/> pages to either
    /// side of the current one; 0 stands for a gap of pages not shown.
    /// </summary>
    public static IReadOnlyList<int> Numbers(int number, int count)
    {
        var shown = new SortedSet<int> { 1, count };
        for (var n = Math.Max(1, number - Window); n <= Math.Min(count, number + Window); n++)
        {
            shown.Add(n);
        }

        var numbers = new List<int>();
        var previous = 0;
        foreach (var n in shown)
        {
            if (n - previous == 2)
            {
                // A gap of one page is shown as the page itself: a link is no longer than the ellipsis.
                numbers.Add(n - 1);
            }
            else if (n - previous > 2)
            {
                numbers.Add(0);
            }

            numbers.Add(n);
            previous = n;
        }

        return numbers;
    }

    /// <summary>
    /// The pager of page <paramref name="number"/> of <paramref name="count"/>: first, previous, numbered, next and
    /// last links, the current page marked; null when the list is one page. <paramref name="url"/> gives a route's URL,
    /// <paramref name="text"/> an interface text by key.
    /// </summary>
    public static PagerView? View(string list, int number, int count, Func<string, string> url, Func<string, string> text)
    {
        if (count <= 1)
        {
            return null;
        }

        LinkView? Link(int n, string key, bool show) =>
            show ? new LinkView(url(Route(list, n)), Format(text(key), n, count)) : null;

        return new PagerView(
            Format(text("paging.label"), number, count),
            Format(text("paging.page_of"), number, count),
            Link(1, "paging.first", number > 1),
            Link(number - 1, "paging.previous", number > 1),
            Link(number + 1, "paging.next", number < count),
            Link(count, "paging.last", number < count),
            [.. Numbers(number, count).Select(n => n == 0
                ? new PagerItemView(0, null, Format(text("paging.gap"), number, count), false)
                : new PagerItemView(n, url(Route(list, n)), Format(text("paging.page"), n, count), n == number))]);
    }

    /// <summary>A title with the page it is on, when the list has more than one: "Funding figures — page 2 of 7".</summary>
    public static string Title(string title, int number, int count, Func<string, string> text) =>
        count <= 1 ? title : Format(text("paging.title"), title, Format(text("paging.page_of"), number, count));

    private static string Format(string format, object a, object b) => string.Format(CultureInfo.InvariantCulture, format, a, b);
}
