using System.Diagnostics;

namespace Hubwatch.Tests.Support;

/// <summary>
/// The README's build command, <c>./build.sh</c> (on Windows <c>build.cmd</c>), run as a reader runs it: in a process
/// of its own, with the program it compiles (to machine code where the machine allows). The first run compiles it,
/// which takes a minute or two.
/// </summary>
public static class BuildScript
{
    public static string Path => System.IO.Path.Combine(Repo.Root, OperatingSystem.IsWindows() ? "build.cmd" : "build.sh");

    /// <summary>
    /// Starts <c>./build.sh</c> with <paramref name="args"/> in <paramref name="workingDirectory"/> and leaves it running
    /// (<c>serve</c>), its output collected line by line; disposing it stops it.
    /// </summary>
    public static Running Start(string workingDirectory, IEnumerable<string> args) =>
        new Running(Process.Start(Info(workingDirectory, args)) ?? throw new InvalidOperationException("sh did not start")).Collect();

    /// <summary>How <c>./build.sh</c> compiled the program it runs, as its stamp says ("machine code (Native AOT)", "ReadyToRun", …).</summary>
    public static string CompiledAs => File.ReadAllText(System.IO.Path.Combine(ProgramFolder, ".compiled")).Trim();

    /// <summary>Where <c>./build.sh</c> puts the program it compiles.</summary>
    public static string ProgramFolder => System.IO.Path.Combine(Repo.Root, "generator", "bin", "run");

    /// <summary>Runs <c>./build.sh</c> with <paramref name="args"/> in <paramref name="workingDirectory"/>; waits at most ten minutes.</summary>
    public static RunResult Run(string workingDirectory, IEnumerable<string> args)
    {
        using var process = Process.Start(Info(workingDirectory, args)) ?? throw new InvalidOperationException("sh did not start");
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        if (!process.WaitForExit(TimeSpan.FromMinutes(10)))
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException($"./build.sh {string.Join(' ', args)} ran for more than ten minutes");
        }

        return new RunResult(process.ExitCode, stdout.Result, stderr.Result);
    }

    private static ProcessStartInfo Info(string workingDirectory, IEnumerable<string> args)
    {
        var start = new ProcessStartInfo(OperatingSystem.IsWindows() ? "cmd.exe" : "sh")
        {
            WorkingDirectory = workingDirectory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };

        // A compile leaves no MSBuild node or compiler server behind holding the output the test reads to its end.
        start.Environment["MSBUILDDISABLENODEREUSE"] = "1";
        start.Environment["DOTNET_CLI_USE_MSBUILD_SERVER"] = "0";
        start.Environment["UseSharedCompilation"] = "false";
        if (OperatingSystem.IsWindows())
        {
            start.ArgumentList.Add("/c");
        }

        start.ArgumentList.Add(Path);
        foreach (var argument in args)
        {
            start.ArgumentList.Add(argument);
        }

        return start;
    }

    /// <summary>A running <c>./build.sh</c>: the lines it has printed so far, on either stream.</summary>
    public sealed class Running(Process process) : IDisposable
    {
        private readonly List<string> _lines = [];

        public IReadOnlyList<string> Lines
        {
            get
            {
                lock (_lines)
                {
                    return [.. _lines];
                }
            }
        }

        /// <summary>Starts collecting the output; called once, by <see cref="Start"/>.</summary>
        internal Running Collect()
        {
            void Add(object? sender, DataReceivedEventArgs e)
            {
                if (e.Data is { } line)
                {
                    lock (_lines)
                    {
                        _lines.Add(line);
                    }
                }
            }

            process.OutputDataReceived += Add;
            process.ErrorDataReceived += Add;
            process.BeginOutputReadLine();
            process.BeginErrorReadLine();
            return this;
        }

        public void Dispose()
        {
            if (!process.HasExited)
            {
                process.Kill(entireProcessTree: true);
                process.WaitForExit();
            }

            process.Dispose();
        }
    }
}
