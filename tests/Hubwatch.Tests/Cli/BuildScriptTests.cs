using Hubwatch.Cli;
using Hubwatch.Tests.Support;
using Hubwatch.Tests.Validation;

namespace Hubwatch.Tests.Cli;

/// <summary>
/// The program the README's build command compiles and runs (<c>./build.sh</c>, compiled to machine code where the
/// machine allows, with parts of its libraries trimmed) does what the generator the other tests run in-process does:
/// the same portal, byte for byte, and the same diagnostics for every broken content the fixtures hold.
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
    public void The_compiled_program_writes_the_portal_byte_for_byte_as_the_generator_does()
    {
        using var scratch = new TempProject();
        var compiled = Path.Combine(scratch.Root, "compiled");
        var inProcess = Path.Combine(scratch.Root, "in-process");

        var script = BuildScript.Run(Repo.Root, ["build", "--quiet", "--output", compiled]);
        var generator = scratch.InRoot(() =>
        {
            var stdout = new StringWriter();
            var stderr = new StringWriter();
            var code = App.Run(["build", "--quiet", "--content", Repo.Content, "--output", inProcess], stdout, stderr);
            return new RunResult(code, stdout.ToString(), stderr.ToString());
        });

        Assert.Equal((0, ""), (script.ExitCode, script.Stderr));
        Assert.Equal((0, ""), (generator.ExitCode, generator.Stderr));
        var files = Files(inProcess);
        Assert.True(files.Length > 200, $"the portal has {files.Length} files");
        Assert.Equal(files, Files(compiled));
        Assert.All(files, file => Assert.True(
            File.ReadAllBytes(Path.Combine(inProcess, file)).AsSpan().SequenceEqual(File.ReadAllBytes(Path.Combine(compiled, file))),
            $"{file} differs"));
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

    private static string[] Files(string folder) =>
        [.. Directory.EnumerateFiles(folder, "*", SearchOption.AllDirectories).Select(f => Path.GetRelativePath(folder, f)).Order(StringComparer.Ordinal)];
}
