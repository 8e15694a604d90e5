using System.CommandLine;
using System.Diagnostics;
using Hubwatch.Diagnostics;
using Hubwatch.History;
using Hubwatch.Output;

namespace Hubwatch.Cli;

/// <summary>The command-line application, callable in-process: arguments and writers in, exit code out.</summary>
public static class App
{
    /// <summary>
    /// Runs a command. This is the one place an unexpected exception is caught: it becomes exit code 2 and one
    /// line naming what failed, with the stack trace only under --verbose, so a build log never shows one by default.
    /// </summary>
    /// <param name="commandName">How the reader runs hubwatch (<c>./build.sh</c>), for messages that name a command.</param>
    public static int Run(IReadOnlyList<string> args, TextWriter output, TextWriter error, string? commandName = null)
    {
        try
        {
            return RunCommand(args, output, error, commandName);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            error.WriteLine($"hubwatch: {IoProblem.Describe(e)}");
            return ExitCodes.UsageOrInternal;
        }
        catch (Exception e)
        {
            var inner = e is AggregateException { InnerExceptions: [var single] } ? single : e;
            var message = inner.Message.ReplaceLineEndings(" ").TrimEnd('.', ' ');
            error.WriteLine($"hubwatch: internal error ({inner.GetType().Name}: {message}); run again with --verbose for the details.");
            if (args.Contains("--verbose") || args.Contains("-v"))
            {
                error.WriteLine(e.ToString());
            }

            return ExitCodes.UsageOrInternal;
        }
    }

    private static int RunCommand(IReadOnlyList<string> args, TextWriter output, TextWriter error, string? commandName)
    {
        var commandLine = new CommandLine(commandName);
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

        return parsed.Settings switch
        {
            BuildSettings build => Build(build, error),
            CheckSettings check => Check(check, output, error),
            ServeSettings serve => ServeCommand.Run(serve, output, error),
            NewSettings create => NewCommand.Run(create, output, error),
            DiffSettings diff => DiffCommand.Run(diff, output, error),
            // --help, --version and completion requests are answered by the parser itself.
            _ => parsed.Result.Invoke(new InvocationConfiguration { Output = output, Error = error }),
        };
    }

    private static int Check(CheckSettings check, TextWriter output, TextWriter error)
    {
        var settings = check.Build;
        var clock = Stopwatch.StartNew();
        using var progress = new Progress(error, settings.IsQuiet, settings.IsVerbose);

        // Everything a build writes is rendered, the pages of the history too, so template errors show; nothing is kept.
        var result = new BuildPipeline(settings, progress, history: HistoryUse.Checked).Run(new SiteOutput.Discard());
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
        var project = new OutputGuard.Project(settings.Root, settings.ContentDir, settings.Templates, settings.Seeds);
        if (OutputGuard.Refusal(settings.Output, project, isDefault: settings.OutputDir is null) is { } refusal)
        {
            error.WriteLine($"hubwatch: refusing to write the site to {Shown(settings.Output)}: {refusal}. Nothing was changed.");
            return ExitCodes.UsageOrInternal;
        }

        try
        {
            return Write(settings, error, progress, clock);
        }
        catch (Exception e) when (WriteFailure(e) is { } failure)
        {
            // Every write happens before the swap (the swap itself is one rename), so the previous site is still whole.
            error.WriteLine($"hubwatch: cannot write the site to {Shown(settings.Output)}: {failure.Message}; the previous site is unchanged.");
            return ExitCodes.UsageOrInternal;
        }
    }

    private static int Write(BuildSettings settings, TextWriter error, Progress progress, Stopwatch clock)
    {
        using var buildLock = BuildLock.TryAcquire(settings.Output);
        if (buildLock is null)
        {
            error.WriteLine($"hubwatch: another build is writing {settings.Output}; try again when it has finished.");
            return ExitCodes.UsageOrInternal;
        }

        // Files go into a staging folder as they are rendered; the folder replaces the site only if the build has no errors.
        using var staged = StagedSite.Begin(settings.Output);
        var result = new BuildPipeline(settings, progress, history: HistoryUse.Committed).Run(staged);
        if (result.Files is not null)
        {
            PagesLimit.Check(result.Files, SourceLocation.Whole(Shown(settings.Output)), result.Diagnostics);
        }

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
        }, n => $"{n} files written while rendering, now swapped in");
        progress.Say($"Wrote {result.Files.Count(BuildPipeline.IsPage)} pages, {result.Files.Count} files to {Shown(settings.Output)} in {clock.ElapsedMilliseconds} ms{warnings}.");
        return ExitCodes.Ok;
    }

    /// <summary>The failure to write the site, also from inside parallel rendering's wrapper (several writes can fail at once on a full disk).</summary>
    private static OutputWriteException? WriteFailure(Exception e) => e switch
    {
        OutputWriteException failure => failure,
        AggregateException aggregate => aggregate.Flatten().InnerExceptions.OfType<OutputWriteException>().FirstOrDefault(),
        _ => null,
    };

    /// <summary>A folder as the user knows it: relative to the current folder when inside it, otherwise in full.</summary>
    private static string Shown(string folder)
    {
        var full = Path.GetFullPath(folder);
        var relative = Path.GetRelativePath(Directory.GetCurrentDirectory(), full);
        return relative.StartsWith("..", StringComparison.Ordinal) || Path.IsPathRooted(relative) ? full : relative.Replace('\\', '/');
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
