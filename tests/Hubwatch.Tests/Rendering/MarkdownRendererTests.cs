using AngleSharp.Html.Parser;
using Hubwatch.Rendering;

namespace Hubwatch.Tests.Rendering;

public sealed class MarkdownRendererTests
{
    private static readonly MarkdownRenderer Renderer = new("/portal/");

    [Fact]
    public void Links_that_leave_the_site_open_without_access_to_the_portal()
    {
        var html = Renderer.ToHtml("[ministry](https://www.msit.go.kr/) and <https://example.org/report> and [hubs](/hubs/) and [mail](mailto:editors@example.org)");
        var links = new HtmlParser().ParseDocument(html).QuerySelectorAll("a").ToDictionary(a => a.GetAttribute("href")!, a => a.GetAttribute("rel"));

        Assert.Equal("noopener noreferrer", links["https://www.msit.go.kr/"]);
        Assert.Equal("noopener noreferrer", links["https://example.org/report"]);
        Assert.Null(links["/portal/hubs/"]);
        Assert.Null(links["mailto:editors@example.org"]);
    }

    [Fact]
    public void In_an_english_text_each_run_of_korean_is_marked_as_korean_and_nothing_else_is()
    {
        const string Text = "The column \"기투자\" (already invested) of [Hyeoksin-dong (혁신동)](/hubs/jeonju/) is written `14.1억원`, in **전주 시청**'s words; `2022` & <b>";

        var english = new HtmlParser().ParseDocument(Renderer.ToHtml(Text, markKorean: true));
        Assert.Equal(["기투자", "혁신동", "전주 시청"], english.QuerySelectorAll("span[lang='ko']").Select(s => s.TextContent));
        Assert.Equal(["14.1억원"], english.QuerySelectorAll("code[lang='ko']").Select(c => c.TextContent));
        Assert.Null(english.QuerySelector("code:not([lang])")?.GetAttribute("lang"));
        Assert.Equal("2022", english.QuerySelector("code:not([lang])")!.TextContent);
        Assert.Contains("&amp; &lt;b&gt;", english.Body!.InnerHtml, StringComparison.Ordinal);

        // A Korean text is Korean already: it is written as it was, with no marks.
        Assert.DoesNotContain("lang=", Renderer.ToHtml(Text), StringComparison.Ordinal);
    }

    [Fact]
    public void A_korean_range_written_with_tildes_stays_text_and_double_tildes_strike_through()
    {
        var html = Renderer.ToHtml("1단계(2022년 7월~2023년 12월), 2단계(2024년 1월~2025년 12월), ~~철회~~");

        Assert.Equal("<p>1단계(2022년 7월~2023년 12월), 2단계(2024년 1월~2025년 12월), <del>철회</del></p>\n", html);
    }

    [Fact]
    public void A_link_with_another_scheme_goes_nowhere()
    {
        var html = Renderer.ToHtml("[click](javascript:alert(1))");

        Assert.Equal("<p><a href=\"#\">click</a></p>\n", html);
    }

    [Fact]
    public void A_path_relative_to_the_page_is_kept_as_written_for_the_browser_to_resolve_as_check_did()
    {
        var links = new HtmlParser().ParseDocument(Renderer.ToHtml("[method](../method/) [its section](../method/#stages) [here](sources/?q=1)"))
            .QuerySelectorAll("a").Select(a => a.GetAttribute("href"));

        Assert.Equal(["../method/", "../method/#stages", "sources/?q=1"], links);
    }

    [Theory]
    [InlineData("[x](<java\tscript:alert(1)>)")]
    [InlineData("[x](\\evil.example/)")]
    [InlineData("[x](<../a b/>)")]
    public void A_link_that_only_looks_relative_goes_nowhere(string markdown)
    {
        Assert.Equal("#", new HtmlParser().ParseDocument(Renderer.ToHtml(markdown)).QuerySelector("a")!.GetAttribute("href"));
    }

    [Fact]
    public void A_table_scrolls_inside_its_own_focusable_box()
    {
        var html = Renderer.ToHtml("| a | b |\n| --- | --- |\n| 1 | 2 |\n");
        var box = new HtmlParser().ParseDocument(html).QuerySelector("div.table-scroll");

        Assert.NotNull(box);
        Assert.Equal("0", box!.GetAttribute("tabindex"));
        Assert.Equal("TABLE", box.FirstElementChild?.TagName);
        Assert.Equal(2, box.QuerySelectorAll("td").Length);
    }
}
