using Hubwatch.Bench.Corpus;
using Hubwatch.Serving;
using Hubwatch.Tests.History;
using Hubwatch.Tests.Rendering;
using Hubwatch.Tests.Support;
using Hubwatch.Tests.Validation;

namespace Hubwatch.Tests.Cli;

/// <summary>
/// The program the README's build command compiles and runs (<c>./build.sh</c>, compiled to machine code where the
/// machine allows, with parts of its libraries trimmed) does what the generator the other tests run in-process does:
/// the same portal, byte for byte (the seed portal, and a generated one with paged lists), and the same diagnostics
/// for every broken content the fixtures hold.
/// </summary>
public sealed class BuildScriptTests : IClassFixture<BuildScriptTests.Compiled>
{
    /// <summary>Compiles the program once for the class, if it is not yet compiled, as a reader's first <c>./build.sh</c> does.</summary>
    public sealed class Compiled
    {
        public Compiled()
        {
            var result = BuildScript.Run(Repo.Root, ["--version"]);
            Assert.True(result.ExitCode == 0, $"./build.sh --version failed:\n{result.Stderr}");
        }
    }

    [Fact]
    public void Where_a_C_compiler_is_the_program_is_compiled_to_machine_code()
    {
        // Otherwise a new trimming or AOT warning would make build.sh fall back to ReadyToRun, quietly, and every test
        // here would compare the generator with itself.
        var compiler = OperatingSystem.IsLinux() && (Environment.GetEnvironmentVariable("PATH") ?? "").Split(':')
            .Any(folder => File.Exists(Path.Combine(folder, "clang")) || File.Exists(Path.Combine(folder, "gcc")));

        Assert.Equal(compiler ? "machine code (Native AOT)" : BuildScript.CompiledAs, BuildScript.CompiledAs);
        Assert.Equal(compiler, File.Exists(Path.Combine(BuildScript.ProgramFolder, "hubwatch")) && !File.Exists(Path.Combine(BuildScript.ProgramFolder, "hubwatch.dll")));
    }

    [Fact]
    public void The_compiled_program_compares_commits_and_annotates_problems_as_the_generator_does()
    {
        // diff reads git through LibGit2Sharp, whose repository search answered differently compiled to machine code.
        using var git = GitHistoryTests.History.Make(out var first, out _, out _);
        var diff = (git.Project.Run("diff", first), git.Project.RunScript("diff", first));
        var funding = Path.Combine(git.Project.Content, "funding", "hanbit-budget.yaml");
        File.WriteAllText(funding, File.ReadAllText(funding).Replace("\namount:", "\namount: banana\nnot_a_field:", StringComparison.Ordinal));
        var broken = (git.Project.Run("diff", first), git.Project.RunScript("diff", first));
        var annotations = (git.Project.Run("check", "--format", "github"), git.Project.RunScript("check", "--format", "github"));

        Assert.Equal((0, diff.Item1.Stdout, diff.Item1.Stderr), (diff.Item2.ExitCode, diff.Item2.Stdout, diff.Item2.Stderr));
        Assert.Contains("### ", diff.Item1.Stdout, StringComparison.Ordinal);
        Assert.Equal((1, broken.Item1.Stdout, broken.Item1.Stderr), (broken.Item2.ExitCode, broken.Item2.Stdout, broken.Item2.Stderr));
        Assert.Contains("::error file=content/funding/hanbit-budget.yaml", annotations.Item1.Stdout + annotations.Item1.Stderr, StringComparison.Ordinal);
        Assert.Equal((annotations.Item1.ExitCode, annotations.Item1.Stdout, annotations.Item1.Stderr), (annotations.Item2.ExitCode, annotations.Item2.Stdout, annotations.Item2.Stderr));
    }

    [Fact]
    public void The_compiled_program_writes_the_portal_byte_for_byte_as_the_generator_does()
    {
        using var scratch = new TempProject();
        var compiled = Path.Combine(scratch.Root, "compiled");
        var inProcess = Path.Combine(scratch.Root, "in-process");

        var script = BuildScript.Run(Repo.Root, ["build", "--quiet", "--output", compiled]);
        var generator = scratch.RunWithoutOutput("build", "--quiet", "--content", Repo.Content, "--output", inProcess);

        Assert.Equal((0, ""), (script.ExitCode, script.Stderr));
        Assert.Equal((0, ""), (generator.ExitCode, generator.Stderr));
        var files = AssertSameFiles(inProcess, compiled);
        Assert.True(files.Length > 200, $"the portal has {files.Length} files");
    }

    [Fact]
    public void The_compiled_program_writes_a_portal_of_paged_lists_byte_for_byte_as_the_generator_does()
    {
        // The benchmark's corpus at 1,050 figures, as PagedCorpusFixture builds it: paged lists, facets, narrowing
        // totals and a search index split in several files, which the five sources do not make.
        using var project = new TempProject();
        HubwatchWriter.Write(new CorpusBuilder(seed: 3, size: PagedCorpusFixture.Size).Build(), project.Root);
        var inProcess = Path.Combine(project.Root, "in-process");

        var generator = project.Run("build", "--quiet", "--base-path", PagedCorpusFixture.BasePath);
        Directory.Move(project.Output, inProcess);
        var script = project.RunScript("build", "--quiet", "--base-path", PagedCorpusFixture.BasePath);

        Assert.Equal((0, 0), (generator.ExitCode, script.ExitCode));
        Assert.Equal(generator.Stderr, script.Stderr);
        var files = AssertSameFiles(inProcess, project.Output);
        Assert.True(files.Count(f => f.Contains("/page/", StringComparison.Ordinal)) is var paged && paged > 20, $"the corpus has {paged} later pages of lists");
    }

    [Fact]
    public async Task The_compiled_program_serves_the_portal_with_its_reload_script_and_shows_a_saved_change()
    {
        using var project = TempProject.FromBase();
        using var serve = BuildScript.Start(project.Root, ["serve", "--port", "0", "--content", project.Content, "--templates", Repo.Templates]);
        var serving = await Poll.UntilAsync(
            () => Task.FromResult(serve.Lines.FirstOrDefault(l => l.StartsWith("Serving http://127.0.0.1:", StringComparison.Ordinal)) ?? string.Join('\n', serve.Lines)),
            line => line.StartsWith("Serving ", StringComparison.Ordinal),
            "serve to say where it serves",
            TimeSpan.FromSeconds(60));
        var site = new Uri(serving["Serving ".Length..]);
        using var http = new HttpClient();
        var hub = new Uri(site, "hubs/hanbit/");

        var page = await http.GetStringAsync(hub);
        var script = await http.GetAsync(new Uri(site, ProblemOverlay.Prefix + "reload.js"));
        var file = Path.Combine(project.Content, "hubs", "hanbit.yaml");
        File.WriteAllText(file, File.ReadAllText(file).Replace("한빛시의 혁신거점이다.", "한빛시의 새 혁신거점이다.", StringComparison.Ordinal));
        var changed = await Poll.UntilAsync(() => http.GetStringAsync(hub), p => p.Contains("한빛시의 새 혁신거점이다.", StringComparison.Ordinal), "the saved summary on the hub's page");

        Assert.Contains("<p class=\"lead\">한빛시의 혁신거점이다.</p>", page, StringComparison.Ordinal);
        Assert.Contains($"<script src=\"{ProblemOverlay.Prefix}reload.js\"", page, StringComparison.Ordinal);
        Assert.Equal(System.Net.HttpStatusCode.OK, script.StatusCode);
        Assert.Contains("EventSource", await script.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.DoesNotContain("한빛시의 혁신거점이다.", changed, StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(DiagnosticFixtureTests.Cases), MemberType = typeof(DiagnosticFixtureTests))]
    public void The_compiled_program_prints_exactly_the_diagnostics_of_each_broken_content(string name)
    {
        var caseDir = Path.Combine(Repo.Fixtures, "cases", name);
        using var project = TempProject.FromBase();
        project.Overlay(caseDir);

        var result = project.RunScript("check", "--quiet");

        var expected = File.ReadAllText(Path.Combine(caseDir, "expected.txt")).ReplaceLineEndings("\n");
        Assert.Equal(expected, result.Stderr.ReplaceLineEndings("\n"));
        Assert.Equal(expected.Contains(": error: ", StringComparison.Ordinal) ? 1 : 0, result.ExitCode);
    }

    /// <summary>Asserts that two folders hold the same files with the same bytes; returns their paths.</summary>
    private static string[] AssertSameFiles(string expected, string actual)
    {
        var files = Files(expected);
        Assert.Equal(files, Files(actual));
        Assert.All(files, file => Assert.True(
            File.ReadAllBytes(Path.Combine(expected, file)).AsSpan().SequenceEqual(File.ReadAllBytes(Path.Combine(actual, file))),
            $"{file} differs"));
        return files;
    }

    private static string[] Files(string folder) =>
        [.. Directory.EnumerateFiles(folder, "*", SearchOption.AllDirectories).Select(f => Path.GetRelativePath(folder, f)).Order(StringComparer.Ordinal)];
}
