using System.Diagnostics;
using System.Reflection;
using Hubwatch.Cli;
using Hubwatch.Tests.Support;

namespace Hubwatch.Tests.Cli;

/// <summary>
/// The generator packs as a .NET tool: packed from the build the tests already made, installed into a temporary
/// tool path from that package alone, it builds the repository's portal in a folder of its own.
/// </summary>
public sealed class ToolPackageTests
{
    [Fact]
    public void The_packed_tool_installs_and_builds_the_seed_site()
    {
        using var project = TempProject.FromRepository();
        project.CopyTemplates();
        var work = Path.Combine(project.Root, ".tool");
        var packages = Path.Combine(work, "nupkg");
        var configuration = typeof(App).Assembly.GetCustomAttribute<AssemblyConfigurationAttribute>()?.Configuration ?? "Debug";

        Run(Repo.Root, "dotnet", "pack", "generator", "-c", configuration, "--no-build", "--no-restore", "-o", packages);
        Assert.Equal(["hubwatch.1.0.0.nupkg"], Directory.EnumerateFiles(packages).Select(Path.GetFileName));
        // Only the packed folder is a source, so nothing else can be installed under the name.
        var config = Path.Combine(work, "nuget.config");
        File.WriteAllText(config, $"""<?xml version="1.0" encoding="utf-8"?><configuration><packageSources><clear /><add key="packed" value="{packages}" /></packageSources></configuration>""");
        var tools = Path.Combine(work, "tools");
        Run(Repo.Root, "dotnet", "tool", "install", "hubwatch", "--tool-path", tools, "--configfile", config);
        var hubwatch = Path.Combine(tools, OperatingSystem.IsWindows() ? "hubwatch.exe" : "hubwatch");

        var (code, output) = Run(project.Root, hubwatch, "build", "--quiet");

        Assert.Equal((0, ""), (code, TempProject.WithoutHistoryWarning(output)));
        Assert.Contains("<html lang=\"ko\"", File.ReadAllText(Path.Combine(project.Output, "index.html")));
        Assert.True(File.Exists(Path.Combine(project.Output, "en", "funding", "index.html")));
        var typo = Run(project.Root, hubwatch, "bulid", expectSuccess: false);
        Assert.Equal((2, "hubwatch: unknown command 'bulid' — did you mean 'build'?\nRun 'hubwatch --help' for the commands and options.\n"), (typo.Code, typo.Output.ReplaceLineEndings("\n")));
    }

    private static (int Code, string Output) Run(string directory, string program, params string[] args) => Run(directory, program, args, expectSuccess: true);

    private static (int Code, string Output) Run(string directory, string program, string arg, bool expectSuccess) => Run(directory, program, [arg], expectSuccess);

    private static (int Code, string Output) Run(string directory, string program, string[] args, bool expectSuccess)
    {
        var start = new ProcessStartInfo(program) { WorkingDirectory = directory, RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var arg in args)
        {
            start.ArgumentList.Add(arg);
        }

        start.Environment["DOTNET_CLI_TELEMETRY_OPTOUT"] = "1";
        start.Environment["DOTNET_NOLOGO"] = "1";
        start.Environment.Remove("HUBWATCH_COMMAND");
        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        Assert.True(process.WaitForExit(TimeSpan.FromMinutes(5)), $"{program} {string.Join(' ', args)} did not finish in 5 minutes");
        if (expectSuccess)
        {
            Assert.True(process.ExitCode == 0, $"{program} {string.Join(' ', args)} exited with {process.ExitCode}:\n{output.Result}{error.Result}");
            return (0, error.Result);
        }

        return (process.ExitCode, error.Result);
    }
}
