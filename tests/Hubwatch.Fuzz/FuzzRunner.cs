using System.Diagnostics;
using System.Globalization;
using System.Text;
using FsCheck;
using FsCheck.Fluent;
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
            Console.Error.Write($"\rround {rounds}, {checks} inputs, {corpus.Kept} kept, {corpus.Crashes} crashes, {deadline.Elapsed:mm\\:ss}   ");
        }

        Console.Error.WriteLine();
        Console.WriteLine($"fuzz: {checks} inputs in {deadline.Elapsed.TotalMinutes:0.0} min; {corpus.Kept} interesting inputs kept in tests/fuzz/corpus; {corpus.Crashes} unhandled exceptions");
        return corpus.Crashes == 0 ? 0 : 1;
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
        ContentValidator.Validate(set, bag);
        var first = bag.Sorted().FirstOrDefault();
        return first is null ? "ok" : Shape(first.Message);
    }

    /// <summary>A diagnostic with quoted values and numbers blanked, so "new message" means a new kind of problem.</summary>
    private static string Shape(string message)
    {
        var builder = new StringBuilder();
        var quoted = false;
        foreach (var c in message)
        {
            if (c == '\'')
            {
                quoted = !quoted;
                builder.Append(c);
            }
            else if (!quoted)
            {
                builder.Append(char.IsDigit(c) ? '#' : c);
            }
        }

        return builder.ToString();
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
