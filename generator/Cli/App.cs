using System.Diagnostics;
using Hubwatch.Diagnostics;
using Hubwatch.Output;

namespace Hubwatch.Cli;

/// <summary>The command-line application, callable in-process: arguments and writers in, exit code out.</summary>
public static class App
{
    public static int Run(IReadOnlyList<string> args, TextWriter output, TextWriter error)
    {
        var parsed = ArgumentParser.Parse(args, error);
        if (parsed is not { } p)
        {
            return ExitCodes.UsageOrInternal;
        }

        var (command, arguments, settings) = p;
        try
        {
            return command switch
            {
                "help" => Help(output),
                "build" => Build(settings, write: true, error),
                "check" => Build(settings, write: false, error),
                "serve" => ServeCommand.Run(settings, output, error),
                "new" => NewCommand.Run(arguments, settings, output, error),
                _ => Usage(error, $"unknown command '{command}'"),
            };
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            error.WriteLine($"hubwatch: {e.Message}");
            return ExitCodes.UsageOrInternal;
        }
    }

    private static int Help(TextWriter output)
    {
        output.WriteLine(ArgumentParser.Help);
        return ExitCodes.Ok;
    }

    private static int Usage(TextWriter error, string message)
    {
        error.WriteLine($"hubwatch: {message}");
        error.WriteLine("Run 'hubwatch --help' for the commands.");
        return ExitCodes.UsageOrInternal;
    }

    internal static int Build(BuildSettings settings, bool write, TextWriter error)
    {
        var clock = Stopwatch.StartNew();
        using var progress = new Progress(error, settings.IsQuiet, settings.IsVerbose);
        var result = new BuildPipeline(settings, progress).Run();
        Report(result.Diagnostics, error);
        var warnings = result.Diagnostics.WarningCount == 0 ? "" : $", {result.Diagnostics.WarningCount} warning(s)";
        if (result.Files is null)
        {
            error.WriteLine($"{result.Diagnostics.ErrorCount} error(s){warnings}; {(write ? "the site was not written, the previous one is unchanged" : "check failed")}.");
            return ExitCodes.ContentErrors;
        }

        var pages = result.Files.Count(BuildPipeline.IsPage);
        if (!write)
        {
            progress.Say($"Content is valid{warnings}: {pages} pages, {result.Files.Count} files would be written ({clock.ElapsedMilliseconds} ms).");
            return ExitCodes.Ok;
        }

        using (var buildLock = BuildLock.TryAcquire(settings.Output))
        {
            if (buildLock is null)
            {
                error.WriteLine($"hubwatch: another build is writing {settings.Output}; try again when it has finished.");
                return ExitCodes.UsageOrInternal;
            }

            progress.Stage("write", () =>
            {
                SiteWriter.Write(result.Files, settings.Output);
                return result.Files.Count;
            }, n => $"{n} files");
        }

        progress.Say($"Wrote {pages} pages, {result.Files.Count} files to {Path.GetRelativePath(Directory.GetCurrentDirectory(), settings.Output)} in {clock.ElapsedMilliseconds} ms{warnings}.");
        return ExitCodes.Ok;
    }

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
