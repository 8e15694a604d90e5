using Hubwatch.Model;

namespace Hubwatch.Tests.Model;

/// <summary>The generic pager: how a list splits into pages, the routes of the pages and the links between them.</summary>
public sealed class PagingTests
{
    private static readonly Dictionary<string, string> Texts = new(StringComparer.Ordinal)
    {
        ["paging.label"] = "Pages ({0} of {1})",
        ["paging.page_of"] = "page {0} of {1}",
        ["paging.title"] = "{0} — {1}",
        ["paging.first"] = "First",
        ["paging.previous"] = "Previous ({0})",
        ["paging.next"] = "Next ({0})",
        ["paging.last"] = "Last ({0})",
        ["paging.page"] = "Page {0}",
        ["paging.gap"] = "More",
    };

    [Theory]
    [InlineData(0, 1)]
    [InlineData(1, 1)]
    [InlineData(100, 1)]
    [InlineData(101, 2)]
    [InlineData(30_000, 300)]
    [InlineData(30_001, 301)]
    public void A_list_takes_as_many_pages_of_a_hundred_as_it_needs(int items, int pages) =>
        Assert.Equal(pages, Paging.PageCount(items));

    [Fact]
    public void The_first_page_is_the_list_itself_and_the_others_are_numbered_under_it()
    {
        Assert.Equal("funding/all/", Paging.Route("funding/all/", 1));
        Assert.Equal("funding/all/page/2/", Paging.Route("funding/all/", 2));
        Assert.Equal("funding/hub/jeonju/page/31/", Paging.Route("funding/hub/jeonju/", 31));
    }

    [Theory]
    [InlineData(250, 100)]
    [InlineData(100, 100)]
    [InlineData(7, 100)]
    [InlineData(120, 50)]
    public void Pages_hold_every_item_once_in_order_and_page_of_finds_each(int count, int size)
    {
        var items = Enumerable.Range(0, count).ToArray();
        var pages = Enumerable.Range(1, Paging.PageCount(count, size)).Select(n => Paging.Slice(items, n, size)).ToArray();

        Assert.Equal(items, pages.SelectMany(p => p));
        Assert.All(pages, p => Assert.InRange(p.Count, 1, size));
        Assert.All(items, i => Assert.Contains(i, pages[Paging.PageOf(i, size) - 1]));
    }

    [Fact]
    public void A_page_never_holds_more_than_a_hundred()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => Paging.PageCount(500, 101));
        Assert.Throws<ArgumentOutOfRangeException>(() => Paging.Slice([1, 2, 3], 1, 0));
    }

    [Theory]
    [InlineData(1, 1, new[] { 1 })]
    [InlineData(1, 10, new[] { 1, 2, 3, 0, 10 })]
    [InlineData(4, 10, new[] { 1, 2, 3, 4, 5, 6, 0, 10 })]
    [InlineData(5, 10, new[] { 1, 2, 3, 4, 5, 6, 7, 0, 10 })]
    [InlineData(6, 11, new[] { 1, 0, 4, 5, 6, 7, 8, 0, 11 })]
    [InlineData(10, 10, new[] { 1, 0, 8, 9, 10 })]
    [InlineData(2, 4, new[] { 1, 2, 3, 4 })]
    public void The_numbered_links_are_a_window_around_the_current_page_with_the_first_and_last(int number, int count, int[] expected) =>
        Assert.Equal(expected, Paging.Numbers(number, count));

    [Fact]
    public void A_list_of_one_page_has_no_pager_and_its_title_no_page_number()
    {
        Assert.Null(Paging.View("sources/", 1, 1, Url, T));
        Assert.Equal("Sources", Paging.Title("Sources", 1, 1, T));
    }

    [Fact]
    public void First_page_links_forward_only_and_marks_itself_current()
    {
        var pager = Paging.View("funding/all/", 1, 11, Url, T)!;

        Assert.Null(pager.First);
        Assert.Null(pager.Previous);
        Assert.Equal("/b/funding/all/page/2/", pager.Next!.Url);
        Assert.Equal("Next (2)", pager.Next.Text);
        Assert.Equal("/b/funding/all/page/11/", pager.Last!.Url);
        Assert.Equal("page 1 of 11", pager.PageOf);
        var current = Assert.Single(pager.Items, i => i.IsCurrent);
        Assert.Equal(("/b/funding/all/", 1), (current.Url, current.Number));
        Assert.Equal("Sources — page 1 of 11", Paging.Title("Sources", 1, 11, T));
    }

    [Fact]
    public void Middle_page_links_both_ways_to_its_neighbours_and_the_ends()
    {
        var pager = Paging.View("funding/all/", 6, 11, Url, T)!;

        Assert.Equal("/b/funding/all/", pager.First!.Url);
        Assert.Equal("/b/funding/all/page/5/", pager.Previous!.Url);
        Assert.Equal("/b/funding/all/page/7/", pager.Next!.Url);
        Assert.Equal("/b/funding/all/page/11/", pager.Last!.Url);
        Assert.Equal([1, 0, 4, 5, 6, 7, 8, 0, 11], pager.Items.Select(i => i.Number));
        Assert.Equal(6, Assert.Single(pager.Items, i => i.IsCurrent).Number);
        Assert.All(pager.Items.Where(i => i.Number == 0), gap => Assert.Null(gap.Url));
    }

    [Fact]
    public void Last_page_links_back_only()
    {
        var pager = Paging.View("funding/all/", 11, 11, Url, T)!;

        Assert.Equal("/b/funding/all/", pager.First!.Url);
        Assert.Equal("/b/funding/all/page/10/", pager.Previous!.Url);
        Assert.Null(pager.Next);
        Assert.Null(pager.Last);
        Assert.Equal(11, Assert.Single(pager.Items, i => i.IsCurrent).Number);
    }

    private static string Url(string route) => "/b/" + route;

    private static string T(string key) => Texts[key];
}
