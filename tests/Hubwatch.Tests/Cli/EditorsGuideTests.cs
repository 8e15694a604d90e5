using System.Text.RegularExpressions;
using Hubwatch.Tests.Support;

namespace Hubwatch.Tests.Cli;

/// <summary>
/// Replays docs/editors-guide.md on a copy of the repository's content: writes each file the guide shows,
/// runs each <c>hubwatch check</c> and <c>hubwatch new</c> it shows, and compares what is printed with
/// what the guide says is printed. Timings and page counts are left out of the comparison.
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

    [Fact]
    public void Every_command_in_the_editors_guide_prints_what_the_guide_shows()
    {
        using var project = TempProject.FromRepository();
        var lines = File.ReadAllLines(Path.Combine(Repo.Root, "docs", "editors-guide.md"));
        var (files, commands) = (0, 0);
        string? caption = null;
        for (var i = 0; i < lines.Length; i++)
        {
            if (!lines[i].StartsWith("```", StringComparison.Ordinal))
            {
                // A block's caption is the first line of the paragraph before it.
                caption = lines[i].Length == 0 ? caption : i > 0 && lines[i - 1].Length == 0 ? lines[i] : caption;
                continue;
            }

            var language = lines[i][3..];
            var block = lines.Skip(i + 1).TakeWhile(l => !l.StartsWith("```", StringComparison.Ordinal)).ToArray();
            i += block.Length + 1;
            if (language is "yaml" or "text" && caption is not null && FileCaption().Match(caption) is { Success: true } file)
            {
                project.Write(file.Groups[1].Value, string.Join('\n', block) + "\n");
                files++;
            }
            else if (language == "console")
            {
                commands += Replay(project, block);
            }

            caption = null;
        }

        Assert.Equal(6, files);
        Assert.True(commands >= 9, $"only {commands} commands were replayed");
    }

    /// <summary>Runs each <c>$ hubwatch check|new</c> of a console block and compares its output; returns how many ran.</summary>
    private static int Replay(TempProject project, string[] block)
    {
        var count = 0;
        for (var i = 0; i < block.Length; i++)
        {
            if (!block[i].StartsWith("$ hubwatch ", StringComparison.Ordinal))
            {
                continue;
            }

            var args = block[i]["$ hubwatch ".Length..].Split(' ');
            var expected = block.Skip(i + 1).TakeWhile(l => !l.StartsWith("$ ", StringComparison.Ordinal)).ToArray();
            if (args[0] is not ("check" or "new"))
            {
                continue;
            }

            if (expected.Any(l => l.StartsWith("Content is valid: ", StringComparison.Ordinal)))
            {
                foreach (var (file, wrong, right) in Fixes)
                {
                    var path = Path.Combine(project.Root, file);
                    File.WriteAllText(path, File.ReadAllText(path).Replace(wrong, right, StringComparison.Ordinal));
                }
            }

            var result = project.Run(args);
            // A slow machine adds progress lines ("  … render: 124 of 143 pages"); they are not part of the result.
            var actual = (result.Stdout + result.Stderr).ReplaceLineEndings("\n").TrimEnd('\n').Split('\n')
                .Where(l => !l.StartsWith("  … ", StringComparison.Ordinal)).Select(Normalise).ToArray();
            var wanted = expected.Select(Normalise).ToArray();
            if (wanted.Contains("…"))
            {
                // A shortened listing: what is shown must appear, in order.
                var at = 0;
                foreach (var line in wanted.Where(l => l != "…"))
                {
                    at = Array.IndexOf(actual, line, at);
                    Assert.True(at >= 0, $"'hubwatch {string.Join(' ', args)}' did not print:\n{line}\nIt printed:\n{string.Join('\n', actual)}");
                }
            }
            else
            {
                Assert.Equal(string.Join('\n', wanted), string.Join('\n', actual));
            }

            count++;
        }

        return count;
    }

    private static string Normalise(string line) => Varying().Replace(line, m => m.Value.StartsWith('(') ? "(… ms)" : "… pages, … files");
}
