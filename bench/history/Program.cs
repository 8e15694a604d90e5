using System.Diagnostics;
using System.Globalization;
using System.Text;
using Hubwatch.Bench.Corpus;
using Hubwatch.History;

// hubwatch-history-bench [--size N] [--commits C] [--runs R] [--seed S] [--keep <dir>]   (a kept repository is reused by the next run)
// Makes a git repository holding the synthetic corpus of N funding figures, first committed whole and then changed
// by C - 1 more commits (each changes one figure's amount and only reformats another), then reads its history R times
// as a build does (GitHistoryReader: one pass over the log, every changed record read before and after).
var options = new Dictionary<string, string>(StringComparer.Ordinal);
for (var i = 0; i + 1 < args.Length; i += 2)
{
    options[args[i]] = args[i + 1];
}

int Option(string name, int fallback) => options.TryGetValue(name, out var text) ? int.Parse(text, CultureInfo.InvariantCulture) : fallback;
var size = Option("--size", 30_000);
var commits = Option("--commits", 1_000);
var runs = Option("--runs", 5);
var seed = Option("--seed", 1);
var root = options.TryGetValue("--keep", out var keep) ? Path.GetFullPath(keep) : Path.Combine(Path.GetTempPath(), "hubwatch-history-bench", Guid.NewGuid().ToString("N"));

var clock = Stopwatch.StartNew();
// A repository kept by an earlier run (--keep) is read again as it is.
if (!Directory.Exists(Path.Combine(root, ".git")))
{
    var corpus = new CorpusBuilder(seed, size).Build();
    HubwatchWriter.Write(corpus, root);
    var files = Directory.EnumerateFiles(root, "*", SearchOption.AllDirectories)
        .Select(f => Path.GetRelativePath(root, f).Replace('\\', '/'))
        .Order(StringComparer.Ordinal)
        .ToArray();
    var funding = files.Where(f => f.StartsWith("content/funding/", StringComparison.Ordinal)).ToArray();
    Console.Error.WriteLine($"corpus: {files.Length} files ({funding.Length} funding figures) in {clock.Elapsed.TotalSeconds:0.0} s");

    // git fast-import writes the commits into one pack, as a long-lived repository's history would be stored.
    clock.Restart();
    Git(root, "init -q -b main");
    var stream = new MemoryStream();
    var writer = new StreamWriter(stream, new UTF8Encoding(false)) { NewLine = "\n" };
    var texts = files.ToDictionary(f => f, f => File.ReadAllBytes(Path.Combine(root, f)), StringComparer.Ordinal);
    var when = new DateTimeOffset(2024, 1, 1, 9, 0, 0, TimeSpan.FromHours(9));
    for (var c = 1; c <= commits; c++)
    {
        writer.WriteLine("commit refs/heads/main");
        writer.WriteLine($"committer Editor <editor@example.org> {when.AddHours(c).ToUnixTimeSeconds()} +0900");
        Data(writer, c == 1 ? "Add the corpus" : $"Change {c}");
        // Each commit follows the previous one on the branch; fast-import needs no "from" for that.
        var changed = c == 1 ? files : [funding[(c * 7919) % funding.Length], funding[(c * 104729) % funding.Length]];
        for (var k = 0; k < changed.Length; k++)
        {
            var path = changed[k];
            if (c > 1)
            {
                var text = Encoding.UTF8.GetString(texts[path]);
                texts[path] = Encoding.UTF8.GetBytes(k == 0 ? ChangeAmount(text, c) : text + "\n# reviewed\n");
            }

            writer.WriteLine($"M 100644 inline {path}");
            writer.Flush();
            Data(writer, texts[path]);
        }

        writer.WriteLine();
    }

    writer.Flush();
    Git(root, "fast-import --quiet", input: stream.ToArray());
    Git(root, "reset -q --hard main");
    Git(root, "checkout -q main");
    Console.Error.WriteLine($"repository: {commits} commits written with git fast-import in {clock.Elapsed.TotalSeconds:0.0} s");
}
else
{
    Console.Error.WriteLine($"repository: reusing {root}");
}

var reader = new GitHistoryReader(Path.Combine(root, "content"), Path.Combine(root, "seeds"));
var times = new List<double>();
SiteHistory? history = null;
for (var run = 0; run < runs; run++)
{
    clock.Restart();
    history = reader.Read();
    times.Add(clock.Elapsed.TotalMilliseconds);
}

times.Sort();
var median = times[times.Count / 2];
Console.WriteLine($"size {size}, commits {commits}: {history!.Records.Count} files with history, {history.NewestFirst.Length} revisions, incomplete: {history.Incomplete ?? "no"}");
Console.WriteLine($"history read: median {median:0} ms, min {times[0]:0} ms, max {times[^1]:0} ms over {runs} runs (first {times.Count} sorted: {string.Join(", ", times.Select(t => t.ToString("0", CultureInfo.InvariantCulture)))})");
if (!options.ContainsKey("--keep"))
{
    Directory.Delete(root, recursive: true);
}

return 0;

static void Data(StreamWriter writer, object content)
{
    var bytes = content is string text ? Encoding.UTF8.GetBytes(text) : (byte[])content;
    writer.WriteLine($"data {bytes.Length}");
    writer.Flush();
    writer.BaseStream.Write(bytes);
    writer.WriteLine();
}

static string ChangeAmount(string text, int commit)
{
    // A new whole amount in 억원, so the change is a real change of the record's amount.
    var lines = text.Split('\n');
    for (var i = 0; i < lines.Length; i++)
    {
        if (lines[i].StartsWith("amount: ", StringComparison.Ordinal))
        {
            lines[i] = $"amount: {commit}억원";
            break;
        }
    }

    return string.Join('\n', lines);
}

static void Git(string directory, string arguments, byte[]? input = null)
{
    var start = new ProcessStartInfo("git", arguments) { WorkingDirectory = directory, RedirectStandardInput = input is not null };
    using var process = Process.Start(start)!;
    if (input is not null)
    {
        process.StandardInput.BaseStream.Write(input);
        process.StandardInput.Close();
    }

    process.WaitForExit();
    if (process.ExitCode != 0)
    {
        throw new InvalidOperationException($"git {arguments} failed with exit code {process.ExitCode}");
    }
}
