using System.CommandLine;
using System.CommandLine.Parsing;
using Hubwatch.Diagnostics;

namespace Hubwatch.Cli;

/// <summary>
/// hubwatch's commands and options, parsed by System.CommandLine. Each command reads its options into a settings
/// record of its own (<see cref="BuildSettings"/>, <see cref="CheckSettings"/>, <see cref="ServeSettings"/>,
/// <see cref="NewSettings"/>); a wrong command line becomes messages that name the nearest right word.
/// </summary>
public sealed class CommandLine
{
    private const string About = """
        hubwatch — builds the Hubwatch portal from content/, seeds/ and templates/.
        With no command, it builds. Exit codes: 0 success (warnings allowed), 1 content errors (all are listed),
        2 wrong usage or internal error.
        """;

    private readonly Option<string> _content = new("--content") { Description = "Content folder with site.yaml.", HelpName = "dir", DefaultValueFactory = _ => "content" };
    private readonly Option<string?> _seeds = new("--seeds") { Description = "Source documents (default: seeds beside the content folder).", HelpName = "dir" };
    private readonly Option<string?> _templates = new("--templates") { Description = "Templates, assets and interface text (default: templates beside the content folder).", HelpName = "dir" };
    private readonly Option<string?> _output = new("--output") { Description = "Where the site is written (default: site beside the content folder).", HelpName = "dir" };
    private readonly Option<string?> _basePath = new("--base-path") { Description = "URL prefix, e.g. /hubwatch/ for a GitHub project site (default: the path of the site's URL, or base_path in site.yaml; / with a custom domain).", HelpName = "path" };
    private readonly Option<string?> _repository = new("--repository") { Description = "The repository the site is built from, e.g. https://github.com/owner/hubwatch; overrides repository in site.yaml, for the links to each change's commit.", HelpName = "url" };
    private readonly Option<string?> _url = new("--url") { Description = "The address the site is published at, e.g. https://owner.github.io/hubwatch/; overrides url in site.yaml, and gives the base path when --base-path is not given.", HelpName = "url" };
    private readonly Option<bool> _quiet = new("--quiet", "-q") { Description = "Print only problems." };
    private readonly Option<bool> _verbose = new("--verbose", "-v") { Description = "Print each stage with its time and what it produced." };
    private readonly Option<string> _format = new("--format") { Description = "How problems are printed: text (path:line:column: error: message) or github (workflow commands that annotate a pull request's lines).", HelpName = "text|github", DefaultValueFactory = _ => "text" };
    private readonly Option<int> _port = new("--port") { Description = "Port to serve on (0 takes any free port).", HelpName = "n", DefaultValueFactory = _ => ServeSettings.DefaultPort };
    private readonly Argument<string?> _kind = new("kind") { Description = $"What to create: {string.Join(", ", NewCommand.Folders.Keys)}.", Arity = ArgumentArity.ZeroOrOne };
    private readonly Argument<string?> _id = new("id") { Description = "The new record's id, e.g. jeonbuk-bank.", Arity = ArgumentArity.ZeroOrOne };
    private readonly Argument<string> _reference = new("base-ref") { Description = "The git reference to compare the content with, e.g. origin/main." };
    private readonly Dictionary<Command, Func<ParseResult, object>> _settings = [];

    /// <param name="commandName">How the reader runs hubwatch; by default HUBWATCH_COMMAND, else <c>hubwatch</c>.</param>
    public CommandLine(string? commandName = null)
    {
        CommandName = commandName ?? (Environment.GetEnvironmentVariable("HUBWATCH_COMMAND") is { Length: > 0 } name ? name : "hubwatch");
        _format.AcceptOnlyFromAmong("text", "github");
        foreach (var option in new Option[] { _content, _seeds, _templates, _output, _basePath, _url, _repository, _format })
        {
            // "--base-path --quiet" is a forgotten value, not a base path called --quiet.
            option.Validators.Add(result =>
            {
                if (result.Tokens is [{ Value: var value }] && value.StartsWith("--", StringComparison.Ordinal))
                {
                    result.AddError(NeedsValue(option));
                }
            });
        }

        Option[] folders = [_content, _seeds, _templates, _output];
        Option[] build = [.. folders, _basePath, _url, _repository, _quiet, _verbose];

        Root = new RootCommand(About);
        Add(Root, build, Build);
        Add(Root, new Command("build", "Validate the content and write the site."), build, Build);
        Add(Root, new Command("check", "Validate everything and render in memory; write nothing. Lists every error and warning at once, as path:line:column: error|warning: message."), [.. build, _format], r => new CheckSettings(Build(r), Format(r)));
        Add(Root, new Command("serve", "Build in memory and serve on http://127.0.0.1:<port><base-path>; rebuild when content/, templates/ or seeds/ change and reload open pages. Writes nothing."), [.. build, _port], r => new ServeSettings(Build(r), r.GetValue(_port)));
        var create = new Command("new", "Create a content file for a new record, every field explained.");
        create.Arguments.Add(_kind);
        create.Arguments.Add(_id);
        var diff = new Command("diff", "Compare the content at a git reference with the working tree: print, in Markdown, the records added, removed and changed, field by field, and every total that moves.");
        diff.Arguments.Add(_reference);
        Add(Root, diff, [.. folders, _quiet, _verbose], r => new DiffSettings(Build(r), r.GetValue(_reference)!));
        // new reads only --content; it takes the other folders too, so one command line fits every command.
        Add(Root, create, folders, r => new NewSettings(r.GetValue(_kind), r.GetValue(_id), r.GetValue(_content)!, CommandName));
    }

    /// <summary>
    /// How the reader runs hubwatch, for messages that name a command: <c>./build.sh</c> and <c>build.cmd</c> say so in
    /// HUBWATCH_COMMAND; the installed tool is <c>hubwatch</c>.
    /// </summary>
    public string CommandName { get; }

    /// <summary>The root command, for help and completion.</summary>
    public RootCommand Root { get; }

    /// <summary>Parses a command line: the chosen command's settings, or the messages that say what is wrong with it.</summary>
    public Parsed Parse(IReadOnlyList<string> args)
    {
        var result = Root.Parse(args, new ParserConfiguration { ResponseFileTokenReplacer = null });
        var errors = Messages(result);
        var settings = errors.Count == 0 && result.Action == result.CommandResult.Command.Action && _settings.TryGetValue(result.CommandResult.Command, out var read)
            ? read(result)
            : null;
        return new Parsed(result, settings, errors);
    }

    private void Add(Command parent, Command command, Option[] options, Func<ParseResult, object> settings)
    {
        parent.Subcommands.Add(command);
        Add(command, options, settings);
    }

    private void Add(Command command, Option[] options, Func<ParseResult, object> settings)
    {
        foreach (var option in options)
        {
            command.Options.Add(option);
        }

        // App.Run acts on the settings record; the parser only needs to know that the command does something.
        command.SetAction(_ => ExitCodes.Ok);
        _settings[command] = settings;
    }

    private BuildSettings Build(ParseResult r) => new()
    {
        ContentDir = r.GetValue(_content)!,
        SeedsDir = r.GetValue(_seeds),
        TemplatesDir = r.GetValue(_templates),
        OutputDir = r.GetValue(_output),
        BasePath = r.GetValue(_basePath),
        Url = r.GetValue(_url),
        Repository = r.GetValue(_repository),
        IsQuiet = r.GetValue(_quiet),
        IsVerbose = r.GetValue(_verbose),
        CommandName = CommandName,
    };

    private DiagnosticFormat Format(ParseResult r) => r.GetValue(_format) == "github" ? DiagnosticFormat.GitHub : DiagnosticFormat.Text;

    /// <summary>The parse errors in plain words: an unknown word names the nearest command or option.</summary>
    private List<string> Messages(ParseResult result)
    {
        var messages = new List<string>();
        var command = result.CommandResult.Command;
        // A forgotten value leaves the rest of the line out of place; the forgotten value is the one thing to say.
        var isMissingValue = result.Errors.Any(e => e.SymbolResult is OptionResult { Option: var o } && e.Message == NeedsValue(o));
        foreach (var token in isMissingValue ? [] : result.UnmatchedTokens)
        {
            if (token.StartsWith('-'))
            {
                var names = command.Options.SelectMany(o => o.Aliases.Prepend(o.Name)).Where(n => n.StartsWith("--", StringComparison.Ordinal));
                messages.Add(WithSuggestion($"unknown option '{token}'", token, names));
            }
            else if (command is RootCommand && command.Subcommands.Count > 0)
            {
                messages.Add(WithSuggestion($"unknown command '{token}'", token, command.Subcommands.Select(c => c.Name)));
            }
            else
            {
                messages.Add($"'{command.Name}' takes no argument '{token}'");
            }
        }

        foreach (var error in result.Errors)
        {
            if (error.SymbolResult is OptionResult { Tokens.Count: 0 } option)
            {
                messages.Add(NeedsValue(option.Option));
            }
            else if (error.SymbolResult is OptionResult { Tokens: [{ Value: var value }, ..], Option: var takes } && (takes == _port || takes == _format))
            {
                messages.Add($"option {takes.Name} takes {(takes == _port ? "a whole number" : "text or github")}, not '{value}'");
            }
            else if (error.SymbolResult is not CommandResult || (!isMissingValue && !IsUnmatched(error.Message, result.UnmatchedTokens)))
            {
                messages.Add(error.Message.TrimEnd('.'));
            }
        }

        return [.. messages.Distinct(StringComparer.Ordinal)];
    }

    private static string NeedsValue(Option option) => $"option {option.Name} needs a value";

    private static bool IsUnmatched(string message, IReadOnlyList<string> unmatched) =>
        unmatched.Any(token => message.Contains($"'{token}'", StringComparison.Ordinal));

    private static string WithSuggestion(string message, string wrong, IEnumerable<string> candidates)
    {
        var closest = Suggest.Closest(wrong, candidates, max: 1);
        return closest.Count == 0 ? message : $"{message} — did you mean '{closest[0]}'?";
    }

    /// <summary>A parsed command line: <see cref="Settings"/> is the chosen command's record, null for help or an error.</summary>
    public sealed record Parsed(ParseResult Result, object? Settings, IReadOnlyList<string> Errors);
}
