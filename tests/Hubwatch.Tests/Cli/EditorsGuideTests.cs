using System.Text.RegularExpressions;
using Hubwatch.Tests.Support;

namespace Hubwatch.Tests.Cli;

/// <summary>
/// Replays docs/editors-guide.md on a copy of the repository's content: writes each file the guide shows, runs
/// each <c>./build.sh check</c> and <c>./build.sh new</c> it shows, and puts what they print into the guide, so its
/// sample outputs are generated, not copied. Timings and page counts are left out of the comparison.
/// </summary>
public sealed partial class EditorsGuideTests
{
    /// <summary>The corrections the guide describes in prose between its failing and its passing check.</summary>
    private static readonly (string File, string Wrong, string Right)[] Fixes =
    [
        ("content/agreements/hanbit-energy-saesol-mou-2025.yaml", "partner: saesol-univeristy", "partner: saesol-university"),
        ("content/funding/hanbit-energy-fuel-cell-centre.yaml", "3년간 총 12억원을 투자해", "3년간 총 120억원을 투자해"),
    ];

    [GeneratedRegex(@"^`((?:content|seeds)/[^`]+)`")]
    private static partial Regex FileCaption();

    [GeneratedRegex(@"\([0-9]+ ms\)|[0-9]+ pages, [0-9]+ files")]
    private static partial Regex Varying();

    private const string Prompt = "$ ./build.sh ";

    [Fact]
    public void Every_command_in_the_editors_guide_prints_what_the_guide_shows()
    {
        using var project = TempProject.FromRepository();
        var path = Path.Combine(Repo.Root, "docs", "editors-guide.md");
        var lines = File.ReadAllLines(path).ToList();
        var (files, commands) = (0, 0);
        string? caption = null;
        for (var i = 0; i < lines.Count; i++)
        {
            if (!lines[i].StartsWith("```", StringComparison.Ordinal))
            {
                // A block's caption is the first line of the paragraph before it.
                caption = lines[i].Length == 0 ? caption : i > 0 && lines[i - 1].Length == 0 ? lines[i] : caption;
                continue;
            }

            var language = lines[i][3..];
            var block = lines.Skip(i + 1).TakeWhile(l => !l.StartsWith("```", StringComparison.Ordinal)).ToArray();
            if (language is "yaml" or "text" && caption is not null && FileCaption().Match(caption) is { Success: true } file)
            {
                project.Write(file.Groups[1].Value, string.Join('\n', block) + "\n");
                files++;
            }
            else if (language == "console")
            {
                var (replayed, count) = Replay(project, block);
                lines.RemoveRange(i + 1, block.Length);
                lines.InsertRange(i + 1, replayed);
                block = [.. replayed];
                commands += count;
            }

            i += block.Length + 1;
            caption = null;
        }

        Assert.Equal(6, files);
        Assert.True(commands >= 9, $"only {commands} commands were replayed");

        // The guide shows what the commands print now: a stale output is rewritten (outside CI), and the test fails
        // until the rewritten guide is committed.
        var generated = string.Join('\n', lines) + "\n";
        var current = File.ReadAllText(path).ReplaceLineEndings("\n");
        if (generated != current && Environment.GetEnvironmentVariable("CI") is null)
        {
            File.WriteAllText(path, generated);
        }

        Assert.True(generated == current, "docs/editors-guide.md showed outputs the commands no longer print; " +
            (Environment.GetEnvironmentVariable("CI") is null ? "it has been rewritten with what they print now: review and commit it." : "run its test outside CI to rewrite it."));
    }

    /// <summary>
    /// Runs each <c>$ ./build.sh check|new</c> of a console block; returns the block with each command's output as
    /// printed now, and how many ran. A line whose only difference is a timing or a count keeps its old text, and a
    /// listing shortened with "…" keeps its shown lines, which must all be printed, in order.
    /// </summary>
    private static (List<string> Block, int Count) Replay(TempProject project, string[] block)
    {
        var replayed = new List<string>();
        var count = 0;
        for (var i = 0; i < block.Length; i++)
        {
            replayed.Add(block[i]);
            var args = block[i].StartsWith(Prompt, StringComparison.Ordinal) ? block[i][Prompt.Length..].Split(' ') : null;
            if (args is null || args[0] is not ("check" or "new"))
            {
                continue;
            }

            var shown = block.Skip(i + 1).TakeWhile(l => !l.StartsWith("$ ", StringComparison.Ordinal)).ToArray();
            i += shown.Length;
            if (shown.Any(l => l.StartsWith("Content is valid: ", StringComparison.Ordinal)))
            {
                foreach (var (file, wrong, right) in Fixes)
                {
                    var path = Path.Combine(project.Root, file);
                    File.WriteAllText(path, File.ReadAllText(path).Replace(wrong, right, StringComparison.Ordinal));
                }
            }

            var result = project.RunAs("./build.sh", args);
            // A slow machine adds progress lines ("  … render: 124 of 143 pages"); they are not part of the result.
            var actual = (result.Stdout + result.Stderr).ReplaceLineEndings("\n").TrimEnd('\n').Split('\n')
                .Where(l => !l.StartsWith("  … ", StringComparison.Ordinal)).ToArray();
            if (shown.Contains("…"))
            {
                var normalised = actual.Select(Normalise).ToArray();
                var at = 0;
                foreach (var line in shown.Where(l => l != "…"))
                {
                    at = Array.IndexOf(normalised, Normalise(line), at);
                    Assert.True(at >= 0, $"'./build.sh {string.Join(' ', args)}' did not print:\n{line}\nIt printed:\n{string.Join('\n', actual)}");
                }

                replayed.AddRange(shown);
            }
            else
            {
                replayed.AddRange(actual.Select((line, n) => n < shown.Length && Normalise(shown[n]) == Normalise(line) ? shown[n] : line));
            }

            count++;
        }

        return (replayed, count);
    }

    private static string Normalise(string line) => Varying().Replace(line, m => m.Value.StartsWith('(') ? "(… ms)" : "… pages, … files");
}
