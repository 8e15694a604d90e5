using System.Text.RegularExpressions;
using Hubwatch.Cli;

namespace Hubwatch.Tests.Support;

/// <summary>
/// A throw-away project folder (content/, seeds/, site/) built from a fixture, with the repository's
/// templates. Commands run in-process against it; diagnostics show paths relative to the folder.
/// </summary>
public sealed partial class TempProject : IDisposable
{
    public TempProject()
    {
        Root = Path.Combine(Path.GetTempPath(), "hubwatch-tests", Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(Root);
    }

    public string Root { get; }

    /// <summary>What every build of a temporary project prints, since no git repository holds it.</summary>
    public const string NoHistoryWarning =
        "content:1:1: warning: the git history is incomplete (no git repository holds the content): pages and data are dated only as far as it goes\n" +
        "  hint: build from a clone with full history and every change committed (on GitHub Actions: actions/checkout with fetch-depth: 0)\n";

    /// <summary>A build's error output without <see cref="NoHistoryWarning"/>.</summary>
    public static string WithoutHistoryWarning(string stderr) =>
        // Without --quiet a blank line follows each file's diagnostics; it goes with the warning.
        stderr.ReplaceLineEndings("\n").Replace(NoHistoryWarning + "\n", "", StringComparison.Ordinal).Replace(NoHistoryWarning, "", StringComparison.Ordinal);

    public string Content => Path.Combine(Root, "content");

    public string Output => Path.Combine(Root, "site");

    /// <summary>A copy of the small valid fixture site.</summary>
    public static TempProject FromBase() => FromFixture("base");

    /// <summary>A copy of a fixture site under Fixtures/ (content/ and seeds/).</summary>
    public static TempProject FromFixture(string name)
    {
        var project = new TempProject();
        CopyDirectory(Path.Combine(Repo.Fixtures, name), project.Root);
        return project;
    }

    /// <summary>A copy of the repository's own content and seeds.</summary>
    public static TempProject FromRepository()
    {
        var project = new TempProject();
        CopyDirectory(Repo.Content, project.Content);
        CopyDirectory(Repo.Seeds, Path.Combine(project.Root, "seeds"));
        return project;
    }

    /// <summary>Copies the repository's templates into the project's <c>templates/</c>, to be edited by a test; returns that folder.</summary>
    public string CopyTemplates()
    {
        var templates = Path.Combine(Root, "templates");
        CopyDirectory(Repo.Templates, templates);
        return templates;
    }

    /// <summary>Lays a fixture case over the project: its files replace or add, names listed in <c>.delete</c> are removed.</summary>
    public void Overlay(string caseDir)
    {
        foreach (var file in Directory.EnumerateFiles(caseDir, "*", SearchOption.AllDirectories))
        {
            var relative = Path.GetRelativePath(caseDir, file);
            if (relative is "expected.txt" or "README.md")
            {
                continue;
            }

            if (relative == ".delete")
            {
                foreach (var line in File.ReadAllLines(file).Where(l => l.Trim().Length > 0))
                {
                    File.Delete(Path.Combine(Root, line.Trim()));
                }

                continue;
            }

            var target = Path.Combine(Root, relative);
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            File.Copy(file, target, overwrite: true);
        }
    }

    public void Write(string relativePath, string text)
    {
        var target = Path.Combine(Root, relativePath);
        Directory.CreateDirectory(Path.GetDirectoryName(target)!);
        File.WriteAllText(target, text);
    }

    /// <summary>Runs hubwatch with the project's folders; paths in diagnostics are relative to the project root.</summary>
    public RunResult Run(params string[] args) => RunWithTemplates(Repo.Templates, args);

    /// <summary>Runs hubwatch as a reader who starts it with <paramref name="commandName"/> (<c>./build.sh</c>) would.</summary>
    public RunResult RunAs(string commandName, params string[] args) =>
        RunExactly([.. args, "--content", Content, "--templates", Repo.Templates, "--output", Output], commandName);

    /// <summary>Runs the program <c>./build.sh</c> compiles, in a process of its own, with the project's folders, as <see cref="Run"/> runs the generator in-process.</summary>
    public RunResult RunScript(params string[] args)
    {
        var result = BuildScript.Run(Root, [.. args, "--content", Content, "--templates", Repo.Templates, "--output", Output]);
        return result with { Stderr = WithoutHeartbeat(result.Stderr).Replace(Repo.Root + "/", "") };
    }

    /// <summary>Runs hubwatch with a templates folder of the test's choosing.</summary>
    public RunResult RunWithTemplates(string templates, params string[] args) =>
        RunExactly([.. args, "--content", Content, "--templates", templates, "--output", Output]);

    /// <summary>Runs hubwatch with exactly the given folder options (the defaults for those not given; the repository's templates unless named).</summary>
    public RunResult RunWithoutOutput(params string[] args) =>
        RunExactly(args.Contains("--templates") ? args : [.. args, "--templates", Repo.Templates]);

    private RunResult RunExactly(string[] full, string? commandName = null)
    {
        var stdout = new StringWriter();
        var stderr = new StringWriter();
        int code;
        lock (CurrentDirectoryGate)
        {
            var previous = Directory.GetCurrentDirectory();
            Directory.SetCurrentDirectory(Root);
            try
            {
                code = App.Run(full, stdout, stderr, commandName);
            }
            finally
            {
                Directory.SetCurrentDirectory(previous);
            }
        }

        return new RunResult(code, stdout.ToString(), WithoutHeartbeat(stderr.ToString()).Replace(Repo.Root + "/", ""));
    }

    /// <summary>
    /// The error output without the lines a slow stage adds every two seconds ("  … validate (2.1 s)"): whether
    /// they appear depends on how busy the machine is, not on the content. Their own tests drive <see cref="Progress"/>.
    /// </summary>
    private static string WithoutHeartbeat(string stderr) => HeartbeatLine().Replace(stderr, "");

    // The progress lines of a long step, and ./build.sh's word that it compiles the generator first.
    [GeneratedRegex(@"^(  … [^\n]*\([0-9]+\.[0-9] s\)|build\.sh: compiling the generator for this machine[^\n]*)\r?\n", RegexOptions.Multiline)]
    private static partial Regex HeartbeatLine();

    /// <summary>Runs <paramref name="action"/> with the project's folder as the current directory, as a reader's terminal would be.</summary>
    public T InRoot<T>(Func<T> action)
    {
        lock (CurrentDirectoryGate)
        {
            var previous = Directory.GetCurrentDirectory();
            Directory.SetCurrentDirectory(Root);
            try
            {
                return action();
            }
            finally
            {
                Directory.SetCurrentDirectory(previous);
            }
        }
    }

    /// <summary>Every file under site/ with its bytes, keyed by path relative to site/.</summary>
    public IReadOnlyDictionary<string, byte[]> SiteFiles() =>
        Directory.EnumerateFiles(Output, "*", SearchOption.AllDirectories)
            .ToDictionary(f => Path.GetRelativePath(Output, f).Replace('\\', '/'), File.ReadAllBytes);

    public void Dispose()
    {
        try
        {
            Directory.Delete(Root, recursive: true);
        }
        catch (IOException)
        {
            // A leftover temp folder is harmless.
        }
    }

    /// <summary>The current directory is process-wide, so in-process runs take turns.</summary>
    private static readonly Lock CurrentDirectoryGate = new();

    private static void CopyDirectory(string from, string to)
    {
        foreach (var file in Directory.EnumerateFiles(from, "*", SearchOption.AllDirectories))
        {
            var target = Path.Combine(to, Path.GetRelativePath(from, file));
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            File.Copy(file, target);
        }
    }
}
