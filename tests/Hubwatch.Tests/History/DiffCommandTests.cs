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
            | 공공·민간: 공공 재원 / Public or private: Public money | 5억 원 / KRW 500 million | 12억 5,000만 원 / KRW 1.25 billion | +7억 5,000만 원 / +KRW 750 million |
            | 단계: 계획 / Status: Planned | 5억 원 / KRW 500 million | 12억 5,000만 원 / KRW 1.25 billion | +7억 5,000만 원 / +KRW 750 million |

            """,
            result.Stdout.ReplaceLineEndings("\n"));
    }

    [Fact]
    public void Diff_lists_records_added_and_removed_apart_from_those_changed_and_names_a_new_source()
    {
        using var git = GitHistoryTests.History.Make(out _, out _, out var last);
        var root = git.Project.Root;
        File.Delete(Path.Combine(root, "content", "funding", "hanbit-budget.yaml"));
        File.WriteAllText(Path.Combine(root, "seeds", "101_more.txt"), "한빛은행이 한빛 혁신거점에 지점을 연다.\n");
        File.WriteAllText(Path.Combine(root, "seeds", "101_more.yaml"), "id: 101_more\npublisher: { ko: 테스트일보, en: Test Daily }\ntitle: { ko: 한빛은행 지점, en: Hanbit Bank branch }\npublished: 2024-04-01\nkind: news\n");
        File.WriteAllText(Path.Combine(root, "content", "partners", "hanbit-bank.yaml"), "id: hanbit-bank\nname: { ko: 한빛은행, en: Hanbit Bank }\ntype: bank\nsources:\n  - seed: 101_more\n    quote: \"한빛은행이 한빛 혁신거점에 지점을 연다\"\n");

        var result = git.Project.Run("diff", last);

        Assert.Equal(0, result.ExitCode);
        var text = result.Stdout.ReplaceLineEndings("\n");
        Assert.Contains(
            """
            ### 새 기록 / Records added (1)

            - **기관 / Organisation** 한빛은행 / Hanbit Bank (`partners/hanbit-bank`)

            ### 지운 기록 / Records removed (1)

            - **재원 / Funding figure** 한빛 혁신거점 사업비 / Hanbit innovation hub budget (`funding/hanbit-budget`)

            ### 출처 문서 / Source documents (1)

            - **새 출처 / New source** 한빛은행 지점 / Hanbit Bank branch (`seeds/101_more.txt`)

            ### 움직인 합계 / Totals that move
            """,
            text,
            StringComparison.Ordinal);
        Assert.DoesNotContain("바뀐 기록 / Records changed", text, StringComparison.Ordinal);
        Assert.Contains("| 전체 (합계에 드는 금액) / All counted figures | 12억 5,000만 원 / KRW 1.25 billion | 0원 / KRW 0 | -12억 5,000만 원 / -KRW 1.25 billion |", text, StringComparison.Ordinal);
    }

    [Fact]
    public void Diff_lists_the_years_and_the_public_or_private_totals_a_change_moves()
    {
        using var git = GitHistoryTests.History.Make(out _, out _, out var last);
        var funding = Path.Combine(git.Project.Root, "content", "funding", "hanbit-budget.yaml");
        File.WriteAllText(funding, File.ReadAllText(funding)
            .Replace("{ year: 2024, amount: 5억원 }", "{ year: 2024, amount: 7.5억원 }", StringComparison.Ordinal)
            .Replace("{ year: 2025, amount: 7.5억원 }", "{ year: 2025, amount: 5억원 }", StringComparison.Ordinal)
            .Replace("funder_kind: municipal", "funder_kind: private", StringComparison.Ordinal));

        var result = git.Project.Run("diff", last);

        Assert.Equal(0, result.ExitCode);
        Assert.Contains("| 연도: 2024년 / Year: 2024 | 5억 원 / KRW 500 million | 7억 5,000만 원 / KRW 750 million | +2억 5,000만 원 / +KRW 250 million |", result.Stdout, StringComparison.Ordinal);
        Assert.Contains("| 연도: 2025년 / Year: 2025 | 7억 5,000만 원 / KRW 750 million | 5억 원 / KRW 500 million | -2억 5,000만 원 / -KRW 250 million |", result.Stdout, StringComparison.Ordinal);
        Assert.Contains("| 공공·민간: 공공 재원 / Public or private: Public money | 12억 5,000만 원 / KRW 1.25 billion | 0원 / KRW 0 | -12억 5,000만 원 / -KRW 1.25 billion |", result.Stdout, StringComparison.Ordinal);
        Assert.Contains("| 공공·민간: 민간·외국 재원 / Public or private: Private or foreign money | 0원 / KRW 0 | 12억 5,000만 원 / KRW 1.25 billion | +12억 5,000만 원 / +KRW 1.25 billion |", result.Stdout, StringComparison.Ordinal);
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
    public void Diff_of_content_with_errors_lists_each_with_its_place_for_the_summary_and_exits_1()
    {
        using var git = GitHistoryTests.History.Make(out _, out _, out var last);
        var line = WriteAmount(git, "<b>banana</b>");

        var result = git.Project.Run("diff", last);

        Assert.Equal(1, result.ExitCode);
        Assert.Equal(
            $"""
            ## 이 변경이 바꾸는 것 / What this change does

            기준 / Base: `{last}` (`{last[..7]}`) → 작업 트리 / Working tree

            ### 고칠 문제 / Problems to fix (1)

            이 문제를 고치면 기록과 합계를 비교합니다. 각 문제는 “Files changed”의 해당 줄에도 표시됩니다. / The records and totals are compared once these are fixed. Each is also marked on its line under “Files changed”.

            - `content/funding/hanbit-budget.yaml:{line + 1}:9` amount &#39;&lt;b&gt;banana&lt;/b&gt;&#39; does not end in 원


            """,
            result.Stdout.ReplaceLineEndings("\n"));
        Assert.Contains($"content/funding/hanbit-budget.yaml:{line + 1}:9: error: amount '<b>banana</b>' does not end in 원", result.Stderr, StringComparison.Ordinal);
    }

    [Fact]
    public void Diff_of_content_that_loads_but_fails_its_checks_lists_every_problem_and_no_totals()
    {
        // The amount changes, so a total would move; but its breakdown and quote no longer agree with it, so the
        // summary lists what to fix, as `check` does, rather than totals of content that is wrong.
        using var git = GitHistoryTests.History.Make(out _, out _, out var last);
        var line = WriteAmount(git, "13억원");

        var result = git.Project.Run("diff", last);

        Assert.Equal(1, result.ExitCode);
        var summary = result.Stdout.ReplaceLineEndings("\n");
        Assert.Contains("### 고칠 문제 / Problems to fix (", summary, StringComparison.Ordinal);
        Assert.Contains($"- `content/funding/hanbit-budget.yaml:{line + 1}:9` amount is 1,300,000,000 won (&#39;13억원&#39;), which no quote funding &#39;hanbit-budget&#39; cites states", summary, StringComparison.Ordinal);
        Assert.Contains("` breakdown adds up to 1,250,000,000 won, not the amount 13억원 (1,300,000,000 won)\n", summary, StringComparison.Ordinal);
        Assert.Contains("### 고칠 문제 / Problems to fix (2)", summary, StringComparison.Ordinal);
        Assert.DoesNotContain("합계 / Totals", summary, StringComparison.Ordinal);
        Assert.DoesNotContain("| --- |", summary, StringComparison.Ordinal);
    }

    [Fact]
    public void Diff_without_its_interface_text_lists_the_problem_under_english_headings()
    {
        // The summary's headings come from the interface text; when that cannot be read, they are written in English.
        using var git = GitHistoryTests.History.Make(out _, out _, out var last);
        var templates = git.Project.CopyTemplates();
        File.Delete(Path.Combine(templates, "i18n", "en.yaml"));

        var result = git.Project.RunWithTemplates(templates, "diff", last);

        Assert.Equal(1, result.ExitCode);
        var summary = result.Stdout.ReplaceLineEndings("\n");
        Assert.StartsWith(
            $"""
            ## What this change does

            Base: `{last}` (`{last[..7]}`) → Working tree

            ### Problems to fix (
            """,
            summary,
            StringComparison.Ordinal);
        Assert.Contains("The records and totals are compared once these are fixed.", summary, StringComparison.Ordinal);
        Assert.EndsWith("\n- `templates/i18n/en.yaml:1:1` interface text file is missing\n\n", summary, StringComparison.Ordinal);
    }

    /// <summary>Writes <paramref name="amount"/> as the Hanbit budget's amount, in the working tree; its line's index.</summary>
    private static int WriteAmount(GitProject git, string amount)
    {
        var funding = Path.Combine(git.Project.Root, "content", "funding", "hanbit-budget.yaml");
        var lines = File.ReadAllLines(funding);
        var line = Array.FindIndex(lines, l => l.StartsWith("amount:", StringComparison.Ordinal));
        lines[line] = "amount: " + amount;
        File.WriteAllLines(funding, lines);
        return line;
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
