using Hubwatch.Tests.Support;

namespace Hubwatch.Tests.Loading;

/// <summary>
/// An editors' reading on a funding figure says what of the figure it decides (<c>reads: [hub, funder-kind, funder,
/// stage]</c>), so that every total can say how much of it rests on readings rather than on what the sources state.
/// </summary>
public sealed class FundingReadingTests
{
    private const string Reading = """
        inference:
          - reads: [{0}]
            text: { ko: 한빛 거점에 연결했다., en: Linked to the Hanbit hub. }
            reasoning: { ko: 원문이 한빛시를 적는다., en: The source names Hanbit City. }

        """;

    [Fact]
    public void An_unknown_or_repeated_reading_is_an_error_where_it_is_written()
    {
        var result = CheckWith("content/funding/hanbit-budget.yaml", "hub, funder-knd, hub");

        Assert.Equal(1, result.ExitCode);
        Assert.Equal(
            """
            content/funding/hanbit-budget.yaml:20:18: error: each item of 'reads' must be one of hub, funder-kind, funder, stage, breakdown; 'funder-knd' is not
              hint: did you mean 'funder-kind' or 'funder'?
            content/funding/hanbit-budget.yaml:20:30: error: 'hub' is listed twice in 'reads'
              hint: list it once
            2 error(s); check failed.

            """,
            result.Stderr.ReplaceLineEndings("\n"));
    }

    [Fact]
    public void Only_a_funding_figures_reading_says_what_it_decides()
    {
        var result = CheckWith("content/agreements/hanbit-mou-2024.yaml", "hub");

        Assert.Equal(1, result.ExitCode);
        Assert.StartsWith("content/agreements/hanbit-mou-2024.yaml:19:5: error: unknown field 'reads'", result.Stderr);
    }

    [Fact]
    public void A_total_that_rests_on_no_reading_says_nothing_of_readings()
    {
        using var project = TempProject.FromBase();
        Assert.Equal(0, project.Run("build", "--quiet").ExitCode);
        Assert.DoesNotContain("class=\"note readings\"", File.ReadAllText(Path.Combine(project.Output, "en", "index.html")));
    }

    [Theory]
    [InlineData(
        "hub, funder-kind",
        "<p class=\"note readings\">Some of this total rests on the editors&#x27; reading of the sources rather than on what they state: which hub KRW&#xA0;1.25&#xA0;billion goes to and the kind of funder of KRW&#xA0;1.25&#xA0;billion. These amounts overlap, as one figure can rest on several readings, so they do not add up to the total; each figure&#x27;s page gives the reading.</p>",
        "<p class=\"note readings\">이 합계의 일부는 출처에 적힌 것이 아니라 편집자의 해석에 기댑니다. 해석한 것은 12억&#xA0;5,000만&#xA0;원이 어느 거점의 돈인지, 12억&#xA0;5,000만&#xA0;원의 재원 종류입니다. 한 금액이 여러 해석에 기댈 수 있어 이 금액들은 겹치며, 더해도 합계가 되지 않습니다. 각 금액의 페이지에 그 해석이 있습니다.</p>")]
    [InlineData(
        "hub",
        "<p class=\"note readings\">Some of this total rests on the editors&#x27; reading of the sources rather than on what they state: which hub KRW&#xA0;1.25&#xA0;billion goes to. Each figure&#x27;s page gives the reading.</p>",
        "<p class=\"note readings\">이 합계의 일부는 출처에 적힌 것이 아니라 편집자의 해석에 기댑니다. 해석한 것은 12억&#xA0;5,000만&#xA0;원이 어느 거점의 돈인지입니다. 각 금액의 페이지에 그 해석이 있습니다.</p>")]
    public void A_total_says_how_much_of_it_the_editors_readings_decide_in_both_languages_and_that_several_overlap(string reads, string english, string korean)
    {
        using var project = TempProject.FromBase();
        Append(project, "content/funding/hanbit-budget.yaml", reads);
        Assert.Equal(0, project.Run("build", "--quiet").ExitCode);

        Assert.Contains(english, File.ReadAllText(Path.Combine(project.Output, "en", "index.html")));
        Assert.Contains(korean, File.ReadAllText(Path.Combine(project.Output, "hubs", "hanbit", "index.html")));
    }

    /// <summary>Checks the base fixture with a reading that reads <paramref name="reads"/> added to the record at <paramref name="path"/>.</summary>
    private static RunResult CheckWith(string path, string reads)
    {
        using var project = TempProject.FromBase();
        Append(project, path, reads);
        return project.Run("check", "--quiet");
    }

    private static void Append(TempProject project, string path, string reads) =>
        File.AppendAllText(Path.Combine(project.Root, path), Reading.Replace("{0}", reads, StringComparison.Ordinal));
}
