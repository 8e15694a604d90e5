using System.Diagnostics;
using System.Globalization;
using System.Text;
using Hubwatch.Bench.Corpus;
using Hubwatch.Cli;
using Hubwatch.History;
using Hubwatch.Output;

// hubwatch-history-bench [--size N] [--commits C] [--runs R] [--builds B] [--plan-only yes] [--seed S] [--keep <dir>] [--templates <dir>]
// Makes a git repository holding the synthetic corpus of N funding figures, first committed whole and then changed
// by C - 1 more commits (each changes one figure's amount and only reformats another), then reads its history R times
// as a build does (GitHistoryReader: one pass over the log, every changed record read before and after), and times
// `git log` alone. Then it builds the site B times with the history and B times without (check's HistoryUse.None),
// alternating, each build a process of its own, to tell what reading the history adds to a build's wall time.
// A kept repository (--keep) is reused by the next run as it is.
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
var builds = Option("--builds", 3);
// --plan-only: the builds stop after the plan (load, validate, history, model, plan), rendering nothing.
var planOnly = options.TryGetValue("--plan-only", out var plan) && plan == "yes";
var templates = Path.GetFullPath(options.TryGetValue("--templates", out var given) ? given : "templates");
var root = options.TryGetValue("--keep", out var keep) ? Path.GetFullPath(keep) : Path.Combine(Path.GetTempPath(), "hubwatch-history-bench", Guid.NewGuid().ToString("N"));

if (options.TryGetValue("--one-build", out var mode))
{
    return OneBuild(root, templates, mode == "with" ? HistoryUse.Committed : HistoryUse.None, planOnly);
}

var clock = Stopwatch.StartNew();
// A repository kept by an earlier run (--keep) is read again as it is.
if (!Directory.Exists(Path.Combine(root, ".git")))
{
    // The corpus is written to a folder of its own, committed into a bare repository, and cloned to the root: the
    // repository read is one as a user has it after `git clone`, packed as the clone receives it.
    var written = root + "-corpus";
    var corpus = new CorpusBuilder(seed, size).Build();
    HubwatchWriter.Write(corpus, written);
    var files = Directory.EnumerateFiles(written, "*", SearchOption.AllDirectories)
        .Select(f => Path.GetRelativePath(written, f).Replace('\\', '/'))
        .Order(StringComparer.Ordinal)
        .ToArray();
    var funding = files.Where(f => f.StartsWith("content/funding/", StringComparison.Ordinal)).ToArray();
    Console.Error.WriteLine($"corpus: {files.Length} files ({funding.Length} funding figures) in {clock.Elapsed.TotalSeconds:0.0} s");

    // git fast-import writes the commits into one pack (deltas included); the clone then receives them as a pack.
    clock.Restart();
    var bare = root + "-import.git";
    Directory.CreateDirectory(bare);
    Git(bare, "init -q --bare -b main");
    var stream = new MemoryStream();
    var writer = new StreamWriter(stream, new UTF8Encoding(false)) { NewLine = "\n" };
    var texts = files.ToDictionary(f => f, f => File.ReadAllBytes(Path.Combine(written, f)), StringComparer.Ordinal);
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
                texts[path] = Encoding.UTF8.GetBytes(k == 0 ? ChangePurpose(text) : text + "\n# reviewed\n");
            }

            writer.WriteLine($"M 100644 inline {path}");
            writer.Flush();
            Data(writer, texts[path]);
        }

        writer.WriteLine();
    }

    writer.Flush();
    Git(bare, "fast-import --quiet", input: stream.ToArray());
    Console.Error.WriteLine($"repository: {commits} commits written with git fast-import in {clock.Elapsed.TotalSeconds:0.0} s");
    clock.Restart();
    Git(Path.GetDirectoryName(root)!, $"clone -q --no-local \"{bare}\" \"{root}\"");
    Directory.Delete(bare, recursive: true);
    Directory.Delete(written, recursive: true);
    Console.Error.WriteLine($"repository: cloned in {clock.Elapsed.TotalSeconds:0.0} s");
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
Console.WriteLine($"history read: median {median:0} ms, min {times[0]:0} ms, max {times[^1]:0} ms over {runs} runs (sorted: {string.Join(", ", times.Select(t => t.ToString("0", CultureInfo.InvariantCulture)))})");

// A serve rebuild at the same commit reuses the revisions and asks git only about uncommitted edits: of every file
// when the changes are not known, of the files the watcher named (and those known to be edited) when they are.
var served = reader.Read(withEditing: true);
var named = new[] { Path.Combine(root, "content", "funding", Directory.EnumerateFiles(Path.Combine(root, "content", "funding")).Select(Path.GetFileName).Order(StringComparer.Ordinal).First()!) };
var allFiles = new List<double>();
var namedFiles = new List<double>();
for (var run = 0; run < runs; run++)
{
    clock.Restart();
    reader.Read(withEditing: true, served);
    allFiles.Add(clock.Elapsed.TotalMilliseconds);
    clock.Restart();
    reader.Read(withEditing: true, served, named);
    namedFiles.Add(clock.Elapsed.TotalMilliseconds);
}

Console.WriteLine($"serve rebuild, history at the same commit: median {allFiles.Order().ElementAt(runs / 2):0} ms asking about every file, {namedFiles.Order().ElementAt(runs / 2):0} ms asking about the one file named");

// git log alone, as the reader runs it, its output read and dropped.
var logTimes = new List<double>();
for (var run = 0; run < runs; run++)
{
    clock.Restart();
    Git(root, "-c core.quotepath=off log --topo-order --reverse --raw --no-renames --no-abbrev -z --no-color --format=%x01%H%x02%P%x02%cI%x02%s HEAD", discardOutput: true);
    logTimes.Add(clock.Elapsed.TotalMilliseconds);
}

logTimes.Sort();
Console.WriteLine($"git log alone: median {logTimes[logTimes.Count / 2]:0} ms, min {logTimes[0]:0} ms, max {logTimes[^1]:0} ms over {runs} runs");

// Whole builds with and without the history, alternating which goes first, each in a process of its own.
var with = new List<(double Wall, double Cpu)>();
var without = new List<(double Wall, double Cpu)>();
for (var pair = 0; pair < builds; pair++)
{
    foreach (var withHistory in pair % 2 == 0 ? new[] { true, false } : [false, true])
    {
        var measured = Child(root, templates, withHistory);
        (withHistory ? with : without).Add(measured);
        Console.Error.WriteLine($"build {(withHistory ? "with" : "without")} history: {measured.Wall:0} ms wall, {measured.Cpu:0} ms CPU (load average {LoadAverage()})");
    }
}

if (builds > 0)
{
    double Median(IEnumerable<double> values) => values.Order().ElementAt(builds / 2);
    var (wallWith, wallWithout) = (Median(with.Select(b => b.Wall)), Median(without.Select(b => b.Wall)));
    var (cpuWith, cpuWithout) = (Median(with.Select(b => b.Cpu)), Median(without.Select(b => b.Cpu)));
    Console.WriteLine($"build with history: median {wallWith:0} ms wall ({string.Join(", ", with.Select(b => b.Wall.ToString("0", CultureInfo.InvariantCulture)))}), {cpuWith:0} ms CPU");
    Console.WriteLine($"build without history: median {wallWithout:0} ms wall ({string.Join(", ", without.Select(b => b.Wall.ToString("0", CultureInfo.InvariantCulture)))}), {cpuWithout:0} ms CPU");
    Console.WriteLine($"the history adds: {wallWith - wallWithout:0} ms wall, {cpuWith - cpuWithout:0} ms CPU (difference of the medians over {builds} builds each)");
}

if (!options.ContainsKey("--keep"))
{
    Directory.Delete(root, recursive: true);
}

return 0;

// One build of the kept repository's site, rendered but not written (every page is made, none is stored), as
// build runs it with or without the history; prints its wall and CPU time (git's processes included) in ms.
static int OneBuild(string root, string templates, HistoryUse history, bool planOnly)
{
    var settings = new BuildSettings { ContentDir = Path.Combine(root, "content"), SeedsDir = Path.Combine(root, "seeds"), TemplatesDir = templates, IsQuiet = true };
    // The stage times go to stderr: with the history, its stage is the wait for git after validate.
    using var progress = new Progress(Console.Error, isQuiet: false, isVerbose: true, heartbeat: TimeSpan.Zero);
    var cpu = Cpu();
    var clock = Stopwatch.StartNew();
    var pipeline = new BuildPipeline(settings, progress, history: history);
    bool good;
    Hubwatch.Diagnostics.DiagnosticBag diagnostics;
    if (planOnly)
    {
        var (planned, bag) = pipeline.Plan();
        (good, diagnostics) = (planned is not null, bag);
    }
    else
    {
        var result = pipeline.Run(new SiteOutput.Discard());
        (good, diagnostics) = (result.Files is not null, result.Diagnostics);
    }

    var wall = clock.Elapsed.TotalMilliseconds;
    if (!good)
    {
        Console.Error.WriteLine("the corpus does not build:");
        App.Report(diagnostics, Console.Error);
        return 1;
    }

    Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{wall:0} {Cpu() - cpu:0}"));
    return 0;
}

// Runs one build in a new process (this program with --one-build) and reads back its wall and CPU time.
(double Wall, double Cpu) Child(string root, string templates, bool withHistory)
{
    // Run as "dotnet hubwatch-history-bench.dll" or as its own executable.
    var self = Environment.ProcessPath!;
    var isHost = Path.GetFileNameWithoutExtension(self) == "dotnet";
    var start = new ProcessStartInfo(self) { RedirectStandardOutput = true };
    foreach (var argument in (isHost ? [System.Reflection.Assembly.GetEntryAssembly()!.Location] : Array.Empty<string>()).Concat(["--keep", root, "--templates", templates, "--one-build", withHistory ? "with" : "without", "--plan-only", planOnly ? "yes" : "no"]))
    {
        start.ArgumentList.Add(argument);
    }

    using var process = Process.Start(start)!;
    var output = process.StandardOutput.ReadToEnd().Trim().Split(' ');
    process.WaitForExit();
    if (process.ExitCode != 0)
    {
        throw new InvalidOperationException("a build failed");
    }

    return (double.Parse(output[0], CultureInfo.InvariantCulture), double.Parse(output[1], CultureInfo.InvariantCulture));
}

// This process's CPU time and that of the children it has waited for (git), from /proc (Linux); its own elsewhere.
static double Cpu()
{
    if (!File.Exists("/proc/self/stat"))
    {
        return Process.GetCurrentProcess().TotalProcessorTime.TotalMilliseconds;
    }

    var stat = File.ReadAllText("/proc/self/stat");
    var fields = stat[(stat.LastIndexOf(')') + 2)..].Split(' ');
    // utime, stime, cutime, cstime are fields 14–17 of the line, 11–14 after the command; in clock ticks of 10 ms.
    return Enumerable.Range(11, 4).Sum(i => long.Parse(fields[i], CultureInfo.InvariantCulture)) * 10.0;
}

static string LoadAverage() => File.Exists("/proc/loadavg") ? string.Join(' ', File.ReadAllText("/proc/loadavg").Split(' ').Take(3)) : "unknown";

static void Data(StreamWriter writer, object content)
{
    var bytes = content is string text ? Encoding.UTF8.GetBytes(text) : (byte[])content;
    writer.WriteLine($"data {bytes.Length}");
    writer.Flush();
    writer.BaseStream.Write(bytes);
    writer.WriteLine();
}

static string ChangePurpose(string text)
{
    // A reworded purpose: a real change of the record (the comparer reports it), which keeps the figure valid, so
    // the site at the last commit still builds (a new amount would no longer match the figure's breakdown or parts).
    var lines = text.Split('\n');
    var purpose = Array.FindIndex(lines, l => l.StartsWith("purpose:", StringComparison.Ordinal));
    var english = purpose < 0 ? -1 : Array.FindIndex(lines, purpose, l => l.StartsWith("  en: ", StringComparison.Ordinal));
    if (english < 0)
    {
        throw new InvalidOperationException("a funding figure of the corpus has no purpose in English");
    }

    // " (revised)" at the end of the text, inside its quotes if it has any; no number, as the Korean text states none.
    var line = lines[english].TrimEnd();
    var quoted = line.EndsWith('\'') || line.EndsWith('"');
    lines[english] = quoted ? $"{line[..^1]} (revised){line[^1]}" : $"{line} (revised)";
    return string.Join('\n', lines);
}

static void Git(string directory, string arguments, byte[]? input = null, bool discardOutput = false)
{
    var start = new ProcessStartInfo("git", arguments) { WorkingDirectory = directory, RedirectStandardInput = input is not null, RedirectStandardOutput = discardOutput };
    using var process = Process.Start(start)!;
    if (input is not null)
    {
        process.StandardInput.BaseStream.Write(input);
        process.StandardInput.Close();
    }

    if (discardOutput)
    {
        process.StandardOutput.BaseStream.CopyTo(Stream.Null);
    }

    process.WaitForExit();
    if (process.ExitCode != 0)
    {
        throw new InvalidOperationException($"git {arguments} failed with exit code {process.ExitCode}");
    }
}
