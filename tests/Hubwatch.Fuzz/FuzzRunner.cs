using System.Diagnostics;
using System.Globalization;
using FsCheck;
using FsCheck.Fluent;
using Hubwatch.Cli;
using Hubwatch.Content;
using Hubwatch.Diagnostics;
using Hubwatch.Loading;
using Hubwatch.Validation;

namespace Hubwatch.Fuzz;

/// <summary>
/// Property-based fuzzing with FsCheck: random and mutated inputs for the money parser, the date
/// parser and the whole content loader and validator, for a fixed time. The property is "never
/// throws": every input must end in a value or in diagnostics. Inputs that produce a diagnostic
/// message not seen before are kept as the corpus; any exception is saved and fails the run.
/// </summary>
public static class FuzzRunner
{
    public static int Run(string[] args)
    {
        var minutes = args.Length > 0 ? double.Parse(args[0], CultureInfo.InvariantCulture) : 10;
        var repo = args.Length > 1 ? args[1] : FindRepo();
        var outDir = Path.Combine(repo, "tests", "fuzz");
        if (minutes <= 0)
        {
            // "0 minutes" replays and trims the kept corpus: one input, the shortest, per kind of outcome.
            return Trim(repo, Path.Combine(outDir, "corpus", "loader"));
        }

        var corpus = new Corpus(Path.Combine(outDir, "corpus"), Path.Combine(outDir, "crashes"));
        var seedFiles = Directory.EnumerateFiles(Path.Combine(repo, "tests", "Hubwatch.Tests", "Fixtures", "base", "content"), "*.yaml", SearchOption.AllDirectories)
            .Select(File.ReadAllText).ToArray();

        var deadline = Stopwatch.StartNew();
        var budget = TimeSpan.FromMinutes(minutes);
        var rounds = 0;
        var checks = 0L;
        while (deadline.Elapsed < budget)
        {
            rounds++;
            checks += Check("money", Generators.Amounts(), text => corpus.Try("money", text, () => Krw.TryParse(text, out _, out var e) ? "ok" : Shape(e!)));
            checks += Check("date", Generators.Dates(), text => corpus.Try("date", text, () => PartialDate.TryParse(text, out _, out var e) ? "ok" : Shape(e!)));
            checks += Check("loader", Generators.MutatedYaml(seedFiles), text => corpus.Try("loader", text, () => LoadOne(repo, text)));
            checks += Check("loader", Generators.YamlWithSurface(seedFiles), text => corpus.Try("loader", text, () => LoadOne(repo, text)));
            checks += Check("page", Generators.Surfaces(), text => corpus.Try("page", text, () => BuildPage(repo, text)));
            Console.Error.Write($"\rround {rounds}, {checks} inputs, {corpus.Kept} kept, {corpus.Crashes} crashes, {deadline.Elapsed:mm\\:ss}   ");
        }

        Console.Error.WriteLine();
        Console.WriteLine($"fuzz: {checks} inputs in {deadline.Elapsed.TotalMinutes:0.0} min; {corpus.Kept} interesting inputs kept in tests/fuzz/corpus; {corpus.Crashes} unhandled exceptions");
        return corpus.Crashes == 0 ? 0 : 1;
    }

    private static int Trim(string repo, string dir)
    {
        var keep = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var file in Directory.GetFiles(dir).OrderBy(f => new FileInfo(f).Length).ThenBy(f => f, StringComparer.Ordinal))
        {
            if (!keep.TryAdd(LoadOne(repo, File.ReadAllText(file)), file))
            {
                File.Delete(file);
            }
        }

        Console.WriteLine($"fuzz: kept {keep.Count} loader inputs, one per kind of outcome");
        return 0;
    }

    private static long Check(string name, Gen<string> generator, Func<string, bool> property)
    {
        const int Tests = 500;
        Prop.ForAll(generator.ToArbitrary(), property).Check(Config.Quick.WithMaxTest(Tests).WithQuietOnSuccess(true).WithName(name));
        return Tests;
    }

    /// <summary>Loads and validates a content folder in which one hub file is replaced by the input.</summary>
    private static string LoadOne(string repo, string yaml)
    {
        var root = Path.Combine(Path.GetTempPath(), "hubwatch-fuzz", Environment.ProcessId.ToString(CultureInfo.InvariantCulture));
        var content = Path.Combine(root, "content");
        if (!Directory.Exists(content))
        {
            CopyDirectory(Path.Combine(repo, "tests", "Hubwatch.Tests", "Fixtures", "base"), root);
        }

        File.WriteAllText(Path.Combine(content, "hubs", "hanbit.yaml"), yaml);
        var bag = new DiagnosticBag();
        var set = new ContentLoader(new ContentPaths(content, Path.Combine(root, "seeds"), root)).Load(bag);
        BuildStages.Validate(set, new BuildMemo(), bag);
        var first = bag.Sorted().FirstOrDefault();
        return first is null ? "ok" : Shape(first.Message);
    }

    /// <summary>
    /// Loads, validates, checks the links of and renders a content folder whose Korean free page has the input as
    /// its body: what the nesting check lets through must be rendered by Markdig without an exception.
    /// </summary>
    private static string BuildPage(string repo, string body)
    {
        var root = Path.Combine(Path.GetTempPath(), "hubwatch-fuzz", Environment.ProcessId.ToString(CultureInfo.InvariantCulture));
        var content = Path.Combine(root, "content");
        if (!Directory.Exists(content))
        {
            CopyDirectory(Path.Combine(repo, "tests", "Hubwatch.Tests", "Fixtures", "base"), root);
        }

        File.WriteAllText(Path.Combine(content, "hubs", "hanbit.yaml"), File.ReadAllText(Path.Combine(repo, "tests", "Hubwatch.Tests", "Fixtures", "base", "content", "hubs", "hanbit.yaml")));
        File.WriteAllText(Path.Combine(content, "pages", "about.ko.md"), "---\ntitle: 소개\n---\n" + body);
        var bag = new DiagnosticBag();
        var set = new ContentLoader(new ContentPaths(content, Path.Combine(root, "seeds"), root)).Load(bag);
        Cli.BuildStages.Validate(set, new Cli.BuildMemo(), bag);
        MarkdownLinkChecker.Check(set, _ => true, bag);
        if (!bag.HasErrors)
        {
            foreach (var page in set.Pages)
            {
                new Rendering.MarkdownRenderer("/").ToHtml(page.Body);
            }
        }

        var first = bag.Sorted().FirstOrDefault();
        return first is null ? "ok" : Shape(first.Message);
    }

    /// <summary>
    /// The opening words of a diagnostic, before any quoted value or number, so "new outcome" means a
    /// new kind of problem rather than the same problem with other text.
    /// </summary>
    public static string Shape(string message)
    {
        var cut = message.IndexOfAny(['\'', '"', '0', '1', '2', '3', '4', '5', '6', '7', '8', '9']);
        var head = cut < 0 ? message : message[..cut];
        return string.Join(' ', head.Split(' ', StringSplitOptions.RemoveEmptyEntries).Take(4));
    }

    private static string FindRepo()
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "Hubwatch.slnx")))
        {
            dir = dir.Parent;
        }

        return dir?.FullName ?? throw new InvalidOperationException("run from inside the repository");
    }

    private static void CopyDirectory(string from, string to)
    {
        foreach (var file in Directory.EnumerateFiles(from, "*", SearchOption.AllDirectories))
        {
            var target = Path.Combine(to, Path.GetRelativePath(from, file));
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            File.Copy(file, target, overwrite: true);
        }
    }
}
