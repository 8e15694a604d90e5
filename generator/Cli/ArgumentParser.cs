using System.Globalization;

namespace Hubwatch.Cli;

/// <summary>Reads the command line into a command name and <see cref="BuildSettings"/>.</summary>
public static class ArgumentParser
{
    public const string Help = """
        hubwatch — builds the Hubwatch portal from content/, seeds/ and templates/.

        Usage: hubwatch [command] [options]

        Commands:
          build                 Validate the content and write the site (default).
          check                 Validate everything and render in memory; write nothing. Lists every error
                                and warning at once, as path:line:column: error|warning: message.
          serve                 Build in memory and serve on http://127.0.0.1:<port><base-path>; rebuild
                                when content/, templates/ or seeds/ change and reload open pages. Writes nothing.
          new <kind> <id>       Create a commented content file: hub, partner, program, agreement, funding.
          diff <base-ref>       Compare the content at a git ref (origin/main, a tag, a commit) with the working
                                tree: records added, removed and changed field by field, and the totals that
                                move, as Markdown in Korean and English (for a pull request's summary).

        Options:
          --content <dir>       Content folder with site.yaml (default: content).
          --seeds <dir>         Source documents (default: seeds beside the content folder).
          --templates <dir>     Templates, assets and interface text (default: templates beside content).
          --output <dir>        Where the site is written (default: site beside content).
          --base-path <path>    URL prefix, e.g. /hubwatch/ for a GitHub project site
                                (default: base_path in site.yaml, or / when a domain is set).
          --port <n>            Port for serve (default: 4000; 0 takes any free port).
          --quiet               Print only problems.
          --verbose             Print each stage with its time and what it produced.
          -h, --help            Show this help.

        Exit codes: 0 success (warnings allowed), 1 content errors (all are listed), 2 wrong usage or internal error.
        """;

    public static (string Command, IReadOnlyList<string> Arguments, BuildSettings Settings)? Parse(IReadOnlyList<string> args, TextWriter error)
    {
        var settings = new BuildSettings();
        var positional = new List<string>();
        for (var i = 0; i < args.Count; i++)
        {
            var arg = args[i];
            string Value()
            {
                if (i + 1 >= args.Count || args[i + 1].StartsWith("--", StringComparison.Ordinal))
                {
                    throw new ArgumentException($"option {arg} needs a value");
                }

                return args[++i];
            }

            try
            {
                settings = arg switch
                {
                    "--content" => settings with { ContentDir = Value() },
                    "--seeds" => settings with { SeedsDir = Value() },
                    "--templates" => settings with { TemplatesDir = Value() },
                    "--output" => settings with { OutputDir = Value() },
                    "--base-path" => settings with { BasePath = Value() },
                    "--port" => settings with { Port = int.Parse(Value(), NumberStyles.None, CultureInfo.InvariantCulture) },
                    "--quiet" or "-q" => settings with { IsQuiet = true },
                    "--verbose" or "-v" => settings with { IsVerbose = true },
                    _ when arg.StartsWith('-') && arg is not ("-h" or "--help") => throw new ArgumentException($"unknown option {arg}"),
                    _ => settings,
                };
            }
            catch (Exception e) when (e is ArgumentException or FormatException or OverflowException)
            {
                error.WriteLine($"hubwatch: {e.Message}");
                error.WriteLine("Run 'hubwatch --help' for the options.");
                return null;
            }

            if (!arg.StartsWith('-'))
            {
                positional.Add(arg);
            }
            else if (arg is "-h" or "--help")
            {
                return ("help", [], settings);
            }
        }

        var command = positional.Count == 0 ? "build" : positional[0];
        return (command, positional.Skip(1).ToArray(), settings);
    }
}
