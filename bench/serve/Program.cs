using System.Diagnostics;
using System.Globalization;
using Hubwatch.Bench.Serve;
using Hubwatch.Cli;

// Measures what `hubwatch serve` does after an editor saves one file: a rebuild that re-reads only the
// changed file and re-renders only the pages whose input changed. Compares it with a full build.
//
//   dotnet run --project bench/serve -c Release -- seed            the repository's own content
//   dotnet run --project bench/serve -c Release -- synthetic 200   a generated corpus with 200 hubs
//   dotnet run --project bench/serve -c Release -- generate DIR 200  only writes the synthetic corpus to DIR
//   dotnet run --project bench/serve -c Release -- DIR             a project folder with content/ and seeds/
//
// BENCH_ROUNDS (default 15) sets how many edits are timed per file; BENCH_VERBOSE=1 prints each rebuild's stages.
var corpus = args.Length > 0 ? args[0] : "seed";
var isFolder = corpus != "seed" && Directory.Exists(corpus);
if (corpus == "generate")
{
    SyntheticCorpus.Write(Path.GetFullPath(args[1]), args.Length > 2 ? int.Parse(args[2], CultureInfo.InvariantCulture) : 200);
    return 0;
}

var hubs = args.Length > 1 ? int.Parse(args[1], CultureInfo.InvariantCulture) : 200;
var rounds = int.Parse(Environment.GetEnvironmentVariable("BENCH_ROUNDS") ?? "15", CultureInfo.InvariantCulture);

var repo = FindRepo();
var root = Path.Combine(Path.GetTempPath(), "hubwatch-bench-serve-" + Environment.ProcessId);
Directory.CreateDirectory(root);
try
{
    if (corpus == "seed" || isFolder)
    {
        // The repository's content, or a project folder given by path (such as a corpus bench/run.sh generated).
        var from = corpus == "seed" ? repo : Path.GetFullPath(corpus);
        Copy(Path.Combine(from, "content"), Path.Combine(root, "content"));
        Copy(Path.Combine(from, "seeds"), Path.Combine(root, "seeds"));
    }
    else
    {
        SyntheticCorpus.Write(root, hubs);
    }

    Directory.SetCurrentDirectory(root);
    var settings = new BuildSettings { ContentDir = Path.Combine(root, "content"), TemplatesDir = Path.Combine(repo, "templates"), IsQuiet = true };
    var quiet = new Progress(TextWriter.Null, isQuiet: true, isVerbose: false);

    // A full build, as `hubwatch check` runs it: once to warm up the JIT, then timed.
    var full = new List<double>();
    var fullCpu = new List<double>();
    var pages = 0;
    for (var i = 0; i < 4; i++)
    {
        var clock = Stopwatch.StartNew();
        var cpu = Cpu();
        var result = new BuildPipeline(settings, quiet).Run();
        full.Add(clock.Elapsed.TotalMilliseconds);
        fullCpu.Add(Cpu() - cpu);
        if (result.Files is null)
        {
            Console.Error.WriteLine("the corpus does not build:");
            App.Report(result.Diagnostics, Console.Error);
            return 1;
        }

        pages = result.Files.Count(BuildPipeline.IsPage);
    }

    var session = new ServeSession(settings, Environment.GetEnvironmentVariable("BENCH_VERBOSE") is null ? quiet : new Progress(Console.Error, false, true), TextWriter.Null);
    var startup = Stopwatch.StartNew();
    session.Rebuild([]);
    startup.Stop();
    var files = new[] { "partners", "hubs", "funding" }
        .Select(folder => Directory.EnumerateFiles(Path.Combine(root, "content", folder)).Order(StringComparer.Ordinal).First())
        .ToArray();

    Console.WriteLine($"machine: {Environment.ProcessorCount} cores, load average {LoadAverage()}");
    Console.WriteLine($"corpus: {corpus}{(corpus == "seed" || isFolder ? "" : $" ({hubs} hubs)")}, {pages} pages, {Directory.EnumerateFiles(Path.Combine(root, "content"), "*", SearchOption.AllDirectories).Count()} content files");
    Console.WriteLine($"full build (load, validate, model, render; no writing): median {Median(full.Skip(1))} ms ({Median(fullCpu.Skip(1))} ms CPU)");
    Console.WriteLine($"serve start (load, validate, model, plan; cold cache): {startup.ElapsedMilliseconds} ms");
    foreach (var file in files)
    {
        // The page an editor would have open: the record's own page (before figures had pages, a figure's hub page
        // and the funding index, which listed every figure).
        var shown = ShownOn(file, path => session.State.Current.Files!.Get(path) is not null);
        var rebuilds = new List<double>();
        var cpuTimes = new List<double>();
        var pageTimes = shown.Select(_ => new List<double>()).ToArray();
        RebuildReport? last = null;
        for (var round = 0; round < rounds; round++)
        {
            // An editor's save: one field of one file changes, and its time stamp with it.
            File.WriteAllText(file, EditEnglishText(File.ReadAllText(file), file.Contains("funding", StringComparison.Ordinal) ? "purpose:" : "summary:", round));
            File.SetLastWriteTimeUtc(file, DateTime.UtcNow.AddSeconds(round + 1));
            var cpu = Cpu();
            last = session.Rebuild([file]);
            if (!last.IsGood)
            {
                Console.Error.WriteLine($"rebuild after editing {file} failed");
                return 1;
            }

            rebuilds.Add(last.Elapsed.TotalMilliseconds);
            for (var i = 0; i < shown.Length; i++)
            {
                // What the open page's event stream does after a rebuild: produce the page again.
                var clock = Stopwatch.StartNew();
                var page = session.State.Current.Files!.Get(shown[i]);
                pageTimes[i].Add(last.Elapsed.TotalMilliseconds + clock.Elapsed.TotalMilliseconds);
                if (page?.Bytes is null || !System.Text.Encoding.UTF8.GetString(page.Bytes).Contains($"Edited {Mark(round)} ", StringComparison.Ordinal))
                {
                    Console.Error.WriteLine($"{shown[i]} does not show the edit of round {round}");
                    return 1;
                }
            }

            cpuTimes.Add(Cpu() - cpu);
        }

        Console.WriteLine($"one-file change, {Path.GetRelativePath(root, file)}: rebuild median {Median(rebuilds.Skip(2))} ms, {last!.FilesRead} file read");
        for (var i = 0; i < shown.Length; i++)
        {
            Console.WriteLine($"  rebuild + first request of {shown[i]}: median {Median(pageTimes[i].Skip(2))} ms");
        }

        Console.WriteLine($"  CPU for the rebuild and those requests: median {Median(cpuTimes.Skip(2))} ms");
    }

    return 0;
}
finally
{
    Directory.SetCurrentDirectory(repo);
    Directory.Delete(root, recursive: true);
}

// The English pages that show an edit to a record file: its own page, or for a funding figure its hub's page and the funding index.
static string[] ShownOn(string file, Func<string, bool> exists)
{
    var id = Path.GetFileNameWithoutExtension(file);
    var folder = Path.GetFileName(Path.GetDirectoryName(file)!);
    if (folder != "funding" || exists($"en/funding/{id}/index.html"))
    {
        return [$"en/{folder}/{id}/index.html"];
    }

    // A generator from before figures had pages of their own (bench/compare.sh runs this bench against older commits).

    // `hub: id` or `hubs: [id, …]`; the first hub is enough.
    var line = File.ReadLines(file).First(l => l.StartsWith("hub:", StringComparison.Ordinal) || l.StartsWith("hubs:", StringComparison.Ordinal));
    var hub = line[(line.IndexOf(':', StringComparison.Ordinal) + 1)..].Trim(' ', '[', ']').Split(',')[0].Trim();
    return [$"en/hubs/{hub}/index.html", "en/funding/index.html"];
}

// Puts "Edited a" (b, c, … for later rounds) at the start of the English text of a field, whether written inline or as a block.
static string EditEnglishText(string yaml, string field, int round)
{
    var en = yaml.IndexOf("en:", yaml.IndexOf(field, StringComparison.Ordinal), StringComparison.Ordinal);
    var lineEnd = yaml.IndexOf('\n', en);
    var value = yaml[(en + 3)..lineEnd].Trim();
    var at = value is ">-" or ">" or "|" or "|-"
        ? lineEnd + 1 + (yaml.Length - lineEnd - 1 - yaml[(lineEnd + 1)..].TrimStart(' ').Length)
        : en + 4 + (value.StartsWith('"') ? 1 : 0);
    // The mark is a letter, not a number: English prose may state only the numbers its Korean twin states.
    var edited = yaml.Insert(at, $"Edited {Mark(round)} ");
    return round == 0 ? edited : edited.Replace($"Edited {Mark(round)} Edited {Mark(round - 1)} ", $"Edited {Mark(round)} ", StringComparison.Ordinal);
}

// The mark of an edit round: a, b, c, …, then aa, bb, …
static string Mark(int round) => new((char)('a' + (round % 26)), 1 + (round / 26));

// CPU time of the whole process (all threads), in milliseconds: steadier than wall time on a shared machine.
static string LoadAverage() => File.Exists("/proc/loadavg") ? File.ReadAllText("/proc/loadavg").Split(' ')[0] : "unknown";

static double Cpu() => Process.GetCurrentProcess().TotalProcessorTime.TotalMilliseconds;

static string Median(IEnumerable<double> values)
{
    var sorted = values.Order().ToArray();
    return sorted[sorted.Length / 2].ToString("0", CultureInfo.InvariantCulture);
}

static string FindRepo()
{
    var dir = new DirectoryInfo(AppContext.BaseDirectory);
    while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "Hubwatch.slnx")))
    {
        dir = dir.Parent;
    }

    return dir?.FullName ?? throw new InvalidOperationException("run from inside the repository");
}

static void Copy(string from, string to)
{
    foreach (var file in Directory.EnumerateFiles(from, "*", SearchOption.AllDirectories))
    {
        var target = Path.Combine(to, Path.GetRelativePath(from, file));
        Directory.CreateDirectory(Path.GetDirectoryName(target)!);
        File.Copy(file, target);
    }
}
