using Hubwatch.Tests.Support;

namespace Hubwatch.Tests.History;

/// <summary><c>hubwatch diff &lt;base-ref&gt;</c> on a repository made in the test: the commits of <see cref="GitHistoryTests"/>.</summary>
public sealed class DiffCommandTests
{
    [Fact]
    public void Diff_with_an_earlier_commit_lists_each_record_field_by_field_and_every_total_that_moves_in_both_languages()
    {
        using var git = GitHistoryTests.History.Make(out var first, out _, out _);

        var result = git.Project.Run("diff", first);

        Assert.Equal("", result.Stderr);
        Assert.Equal(0, result.ExitCode);
        Assert.Equal(
            $"""
            ## 이 변경이 바꾸는 것 / What this change does

            기준 / Base: `{first}` (`{first[..7]}`) → 작업 트리 / Working tree

            ### 바뀐 기록 / Records changed (3)

            - **거점 / Hub** 한빛 혁신거점 / Hanbit Innovation Hub (`hubs/hanbit`)
              - 단계 계획 → 선정 / Status: Planned → Selected
            - **협약·행사 / Agreement or event** 한빛 혁신거점 업무협약 / Hanbit innovation hub MOU (`agreements/hanbit-mou-2024`)
              - 당사자 추가: 한빛대학교 / Party added: Hanbit University
            - **재원 / Funding figure** 한빛 혁신거점 사업비 / Hanbit innovation hub budget (`funding/hanbit-budget`)
              - 금액 5억 원 → 12억 5,000만 원 / Amount: KRW 500 million → KRW 1.25 billion

            ### 움직인 합계 / Totals that move

            | 합계 / Total | 전 / Before | 후 / After | 차이 / Difference |
            | --- | ---: | ---: | ---: |
            | 전체 (합계에 드는 금액) / All counted figures | 5억 원 / KRW 500 million | 12억 5,000만 원 / KRW 1.25 billion | +7억 5,000만 원 / +KRW 750 million |
            | 거점: 한빛 혁신거점 / Hub: Hanbit Innovation Hub | 5억 원 / KRW 500 million | 12억 5,000만 원 / KRW 1.25 billion | +7억 5,000만 원 / +KRW 750 million |
            | 재원 구분: 시비 / Kind of funder: Municipal | 5억 원 / KRW 500 million | 12억 5,000만 원 / KRW 1.25 billion | +7억 5,000만 원 / +KRW 750 million |
            | 단계: 계획 / Status: Planned | 5억 원 / KRW 500 million | 12억 5,000만 원 / KRW 1.25 billion | +7억 5,000만 원 / +KRW 750 million |

            """,
            result.Stdout.ReplaceLineEndings("\n"));
    }

    [Fact]
    public void Diff_with_a_commit_that_only_reformatted_a_file_finds_nothing()
    {
        using var git = GitHistoryTests.History.Make(out _, out var second, out _);

        var result = git.Project.Run("diff", second);

        Assert.Equal(0, result.ExitCode);
        Assert.Contains("바뀐 기록이 없습니다. / No record changes.", result.Stdout, StringComparison.Ordinal);
        Assert.Contains("움직인 합계가 없습니다. / No total moves.", result.Stdout, StringComparison.Ordinal);
    }

    [Fact]
    public void Diff_with_a_reference_that_names_no_commit_says_so_with_exit_code_2()
    {
        using var git = GitHistoryTests.History.Make(out _, out _, out _);

        var result = git.Project.Run("diff", "no-such-branch");

        Assert.Equal(2, result.ExitCode);
        Assert.Equal("hubwatch: 'no-such-branch' names no commit in this repository (try a branch such as origin/main, a tag or a commit hash)\n", result.Stderr.ReplaceLineEndings("\n"));
    }
}
