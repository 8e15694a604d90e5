using System.CommandLine;
using System.Diagnostics;
using Hubwatch.Diagnostics;
using Hubwatch.Output;

namespace Hubwatch.Cli;

/// <summary>The command-line application, callable in-process: arguments and writers in, exit code out.</summary>
public static class App
{
    public static int Run(IReadOnlyList<string> args, TextWriter output, TextWriter error)
    {
        var commandLine = new CommandLine();
        var parsed = commandLine.Parse(args);
        if (parsed.Errors.Count > 0)
        {
            foreach (var message in parsed.Errors)
            {
                error.WriteLine($"hubwatch: {message}");
            }

            error.WriteLine($"Run '{commandLine.CommandName} --help' for the commands and options.");
            return ExitCodes.UsageOrInternal;
        }

        try
        {
            return parsed.Settings switch
            {
                BuildSettings build => Build(build, error),
                CheckSettings check => Check(check, output, error),
                ServeSettings serve => ServeCommand.Run(serve, output, error),
                NewSettings create => NewCommand.Run(create, output, error),
                // --help, --version and completion requests are answered by the parser itself.
                _ => parsed.Result.Invoke(new InvocationConfiguration { Output = output, Error = error }),
            };
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            error.WriteLine($"hubwatch: {e.Message}");
            return ExitCodes.UsageOrInternal;
        }
    }

    private static int Check(CheckSettings check, TextWriter output, TextWriter error)
    {
        var settings = check.Build;
        var clock = Stopwatch.StartNew();
        using var progress = new Progress(error, settings.IsQuiet, settings.IsVerbose);

        // Everything is rendered, so template errors show, but nothing is kept.
        var result = new BuildPipeline(settings, progress).Run(emit: _ => { });
        if (check.Format == DiagnosticFormat.GitHub)
        {
            // Workflow commands go to standard output, where the runner reads them.
            GitHubAnnotations.Write(result.Diagnostics, output);
        }
        else
        {
            Report(result.Diagnostics, error);
        }

        var warnings = Warnings(result);
        if (result.Files is null)
        {
            error.WriteLine($"{result.Diagnostics.ErrorCount} error(s){warnings}; check failed.");
            return ExitCodes.ContentErrors;
        }

        progress.Say($"Content is valid{warnings}: {result.Files.Count(BuildPipeline.IsPage)} pages, {result.Files.Count} files would be written ({clock.ElapsedMilliseconds} ms).");
        return ExitCodes.Ok;
    }

    internal static int Build(BuildSettings settings, TextWriter error)
    {
        var clock = Stopwatch.StartNew();
        using var progress = new Progress(error, settings.IsQuiet, settings.IsVerbose);
        using var buildLock = BuildLock.TryAcquire(settings.Output);
        if (buildLock is null)
        {
            error.WriteLine($"hubwatch: another build is writing {settings.Output}; try again when it has finished.");
            return ExitCodes.UsageOrInternal;
        }

        // Files go into a staging folder as they are rendered (the render stage includes writing them); the
        // folder replaces the site only if the build has no errors.
        using var staged = StagedSite.Begin(settings.Output);
        var result = new BuildPipeline(settings, progress).Run(staged.Add);
        Report(result.Diagnostics, error);
        var warnings = Warnings(result);
        if (result.Files is null)
        {
            error.WriteLine($"{result.Diagnostics.ErrorCount} error(s){warnings}; the site was not written, the previous one is unchanged.");
            return ExitCodes.ContentErrors;
        }

        progress.Stage("write", () =>
        {
            staged.Commit();
            return result.Files.Count;
        }, n => $"{n} files (written while rendering; now swapped in)");
        progress.Say($"Wrote {result.Files.Count(BuildPipeline.IsPage)} pages, {result.Files.Count} files to {Path.GetRelativePath(Directory.GetCurrentDirectory(), settings.Output)} in {clock.ElapsedMilliseconds} ms{warnings}.");
        return ExitCodes.Ok;
    }

    private static string Warnings(BuildResult result) =>
        result.Diagnostics.WarningCount == 0 ? "" : $", {result.Diagnostics.WarningCount} warning(s)";

    /// <summary>Prints diagnostics sorted by file, line and column, with a blank line between files.</summary>
    public static void Report(DiagnosticBag bag, TextWriter error)
    {
        string? file = null;
        foreach (var diagnostic in bag.Sorted())
        {
            if (file is not null && diagnostic.Where.Path != file)
            {
                error.WriteLine();
            }

            file = diagnostic.Where.Path;
            error.WriteLine(diagnostic.Format());
        }
    }
}
