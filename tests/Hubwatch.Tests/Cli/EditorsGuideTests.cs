using System.Text.RegularExpressions;
using Hubwatch.Cli;
using Hubwatch.Tests.Support;

namespace Hubwatch.Tests.Cli;

/// <summary>
/// Replays docs/editors-guide.md on a copy of the repository's content: writes each file the guide shows, runs
/// each <c>./build.sh check</c> and <c>./build.sh new</c> it shows, runs <c>./build.sh serve</c> through the edits
/// its serve section describes, and puts what they print into the guide, so its sample outputs are generated, not
/// copied. Timings, page counts and the port are left out of the comparison. The mistakes it lists "from the test
/// suite" must be what the diagnostic fixtures pin.
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

    /// <summary>
    /// The edits the serve section describes in prose, in the order of its console blocks after the one that starts
    /// serve: the English summary of Hanbit Energy reworded; then a space gained in a quote, and put back.
    /// </summary>
    private static readonly (string File, string From, string To, string Printed)[][] ServeEdits =
    [
        [("content/partners/hanbit-energy.yaml", "en: An energy company building", "en: An energy company that is building", "Rebuilt after a change")],
        [
            ("content/funding/hanbit-energy-fuel-cell-centre.yaml", "총 120억원을 투자해", "총 120억 원을 투자해", "still serving the last good build."),
            ("content/funding/hanbit-energy-fuel-cell-centre.yaml", "총 120억 원을 투자해", "총 120억원을 투자해", "Rebuilt after a change"),
        ],
    ];

    [GeneratedRegex(@"\([0-9]+ ms\)|in [0-9]+ ms|[0-9]+ pages, [0-9]+ files|[0-9]+ pages, each|127\.0\.0\.1:[0-9]+")]
    private static partial Regex Varying();

    [GeneratedRegex(@"^Rebuilt after a change to .* in [0-9]+ ms: 0 file\(s\) read;")]
    private static partial Regex ZeroFilesRead();

    private const string Prompt = "$ ./build.sh ";

    [Fact]
    public void Every_command_in_the_editors_guide_prints_what_the_guide_shows()
    {
        using var project = TempProject.FromRepository();
        var path = Path.Combine(Repo.Root, "docs", "editors-guide.md");
        var lines = File.ReadAllLines(path).ToList();
        var (files, commands) = (0, 0);
        string? caption = null;
        Queue<string[]>? served = null;
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
            else if (language == "text" && caption?.Contains("From the test suite", StringComparison.Ordinal) == true)
            {
                AssertPinnedByFixtures(block);
            }
            else if (language == "console")
            {
                List<string> replayed;
                var count = 1;
                if (block.FirstOrDefault() == Prompt + "serve")
                {
                    served = new Queue<string[]>(ReplayServe(project));
                    replayed = [block[0], .. Keep(block[1..], served.Dequeue())];
                }
                else if (block.Length > 0 && !block[0].StartsWith("$ ", StringComparison.Ordinal) && served is { Count: > 0 })
                {
                    replayed = Keep(block, served.Dequeue());
                }
                else
                {
                    (replayed, count) = Replay(project, block);
                }

                lines.RemoveRange(i + 1, block.Length);
                lines.InsertRange(i + 1, replayed);
                block = [.. replayed];
                commands += count;
            }

            i += block.Length + 1;
            caption = null;
        }

        Assert.Equal(6, files);
        Assert.True(commands >= 12, $"only {commands} commands were replayed");
        Assert.True(served is { Count: 0 }, "the serve section's console blocks were not all replayed");

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
                replayed.AddRange(Keep(shown, actual));
            }

            count++;
        }

        return (replayed, count);
    }

    /// <summary>What was printed, where a line that differs from the shown one only in a timing, a count or the port keeps its shown text.</summary>
    private static List<string> Keep(string[] shown, string[] actual) =>
        [.. actual.Select((line, n) => n < shown.Length && Normalise(shown[n]) == Normalise(line) ? shown[n] : line)];

    /// <summary>
    /// Runs <c>./build.sh serve</c> in the project (on a free port) through <see cref="ServeEdits"/>; returns what it
    /// printed when it started, then after each group of edits.
    /// </summary>
    private static List<string[]> ReplayServe(TempProject project)
    {
        project.CopyTemplates();
        return project.InRoot(() => ServeAsync(project).GetAwaiter().GetResult());
    }

    private static async Task<List<string[]>> ServeAsync(TempProject project)
    {
        var log = new StringWriter();
        var printed = TextWriter.Synchronized(log);
        using var stop = new CancellationTokenSource();
        var settings = new ServeSettings(new BuildSettings { CommandName = "./build.sh" }, Port: 0);
        var run = Task.Run(() => ServeCommand.RunAsync(settings, printed, printed, stop.Token));
        var seen = 0;

        // The synchronised writer locks itself while serve prints from its threads; reading takes the same lock.
        string Printed()
        {
            lock (printed)
            {
                return log.ToString();
            }
        }

        // The lines printed since the last call, once the last of them contains what is awaited.
        async Task<string[]> Until(string awaited)
        {
            var text = await Poll.UntilAsync(() => Task.FromResult(Printed()), t => t[seen..].Contains(awaited, StringComparison.Ordinal), awaited, TimeSpan.FromSeconds(60));
            var lines = text[seen..].ReplaceLineEndings("\n").TrimEnd('\n').Split('\n');
            seen = text.Length;
            // A temporary project has no git history; a reader's clone has, so serve does not warn about it. A loaded
            // machine may see one save as two, and rebuild a second time with nothing to read: not part of the result.
            return [.. TempProject.WithoutHistoryWarning(string.Join('\n', lines) + "\n").TrimEnd('\n').Split('\n')
                .Where(l => !l.StartsWith("  … ", StringComparison.Ordinal) && !ZeroFilesRead().IsMatch(l))];
        }

        var outputs = new List<string[]> { await Until("Press Ctrl+C to stop.") };
        foreach (var edits in ServeEdits)
        {
            var lines = new List<string>();
            foreach (var (file, from, to, awaited) in edits)
            {
                var path = Path.Combine(project.Root, file);
                var text = File.ReadAllText(path);
                Assert.Contains(from, text);
                File.WriteAllText(path, text.Replace(from, to, StringComparison.Ordinal));
                lines.AddRange(await Until(awaited));
            }

            outputs.Add([.. lines]);
        }

        await stop.CancelAsync();
        Assert.Equal(0, await run.WaitAsync(TimeSpan.FromSeconds(30)));
        Assert.Equal("Stopped.", (await Until("Stopped.")).Last());
        return outputs;
    }

    /// <summary>Each diagnostic the guide lists as pinned by the test suite (a line and its hint) is in a fixture's expected output.</summary>
    private static void AssertPinnedByFixtures(string[] block)
    {
        var expected = Directory.EnumerateFiles(Path.Combine(Repo.Fixtures, "cases"), "expected.txt", SearchOption.AllDirectories)
            .Select(f => File.ReadAllText(f).ReplaceLineEndings("\n"))
            .ToList();
        for (var i = 0; i < block.Length; i++)
        {
            var diagnostic = i + 1 < block.Length && block[i + 1].StartsWith("  hint: ", StringComparison.Ordinal) ? block[i] + "\n" + block[++i] : block[i];
            Assert.True(expected.Any(e => e.Contains(diagnostic + "\n", StringComparison.Ordinal)), $"no diagnostic fixture prints:\n{diagnostic}");
        }
    }

    private static string Normalise(string line) => Varying().Replace(line, m => m.Value switch
    {
        ['(', ..] => "(… ms)",
        ['i', 'n', ..] => "in … ms",
        ['1', '2', '7', ..] => "127.0.0.1:…",
        _ when m.Value.EndsWith("each", StringComparison.Ordinal) => "… pages, each",
        _ => "… pages, … files",
    });
}
