using System.Collections.Immutable;
using Hubwatch.Diagnostics;
using YamlDotNet.Core;
using YamlDotNet.Core.Events;

namespace Hubwatch.Loading;

/// <summary>
/// A YAML syntax error in plain words, with a hint, instead of the parser's own message ("While scanning a plain
/// scalar value, found invalid mapping"). The parser's message is matched only to choose the words; its position is kept.
/// </summary>
internal static class YamlSyntaxError
{
    /// <summary>Parser messages (their start) and what they mean to an editor.</summary>
    private static readonly ImmutableArray<(string Parser, string Message, string Hint)> Meanings =
    [
        ("Duplicate key", "the field '{0}' is written twice in this mapping", "keep one of them"),
        ("While scanning a multi-line double-quoted scalar", "a quoted text is not closed", "end the text with the same quote mark (\") it starts with, before the next field"),
        ("While scanning a quoted scalar", "a quoted text is not closed", "end the text with the same quote mark it starts with"),
        ("While scanning a plain scalar value, found invalid mapping", "a ': ' here starts a new field where none can start", "if the value itself holds ': ', put the whole value in double quotes; otherwise give the field a line of its own, indented like the fields beside it"),
        ("While scanning a mapping, found invalid tab as indentation", "a line is indented with a tab", "indent with spaces only, two per level"),
        ("While scanning a plain scalar, found a tab character", "a line is indented with a tab", "indent with spaces only, two per level"),
        ("While scanning for the next token, found character that cannot start any token", "a line starts with a character YAML does not allow there (a tab, @ or `)", "indent with spaces, and put a value that starts with @ or ` in double quotes"),
        ("While parsing a block mapping, did not find expected key", "this line does not line up with the fields around it", "indent it like the field above it; a list item ('- ') belongs under a field that holds a list"),
        ("While parsing a block collection, did not find expected '-' indicator", "this line does not line up with the list around it", "a further field of a list item lines up with the item's first field, the one after '- '; a new item starts with '- ', indented like the others"),
        ("While parsing a flow mapping, did not find expected ',' or '}'", "a '{ … }' mapping is not closed, or misses a comma", "write it as { ko: …, en: … } on one line, or quote a value that holds a comma or a brace"),
        ("While parsing a flow sequence, did not find expected ',' or ']'", "a '[ … ]' list is not closed, or misses a comma", "write it as [a, b] on one line, or quote a value that holds a comma or a bracket"),
        ("While scanning an alias", "'*' starts an alias here", "put a value that starts with * in double quotes"),
        ("While scanning an anchor", "'&' starts an anchor here", "put a value that starts with & in double quotes"),
        ("While scanning a block scalar", "a '|' or '>' text block is not indented under its field", "indent every line of the block further than the field's name"),
    ];

    /// <summary>Reports a parser exception as one diagnostic.</summary>
    public static void Report(YamlException e, string text, string display, int lineOffset, DiagnosticBag bag)
    {
        var parser = Clean(e);
        var known = Meanings.FirstOrDefault(m => parser.StartsWith(m.Parser, StringComparison.Ordinal));
        var where = new SourceLocation(display, (int)e.Start.Line + lineOffset, (int)e.Start.Column);
        if (known.Message == "a line is indented with a tab" && FirstTabIndent(text) is { } tab)
        {
            // The parser names the mapping the tab is in; the tab's own line is the one to fix.
            where = new SourceLocation(display, tab.Line + lineOffset, tab.Column);
        }
        if (known.Parser is null)
        {
            bag.Error(where, $"the YAML cannot be read here ({parser})", "compare this line with the lines around it: indentation, a missing ':' or an unclosed quote");
            return;
        }

        var key = parser.StartsWith("Duplicate key", StringComparison.Ordinal) ? parser["Duplicate key".Length..].Trim() : "";
        // Replace, not string.Format: several meanings hold literal braces ('{ … }').
        bag.Error(where, known.Message.Replace("{0}", key, StringComparison.Ordinal), known.Hint);
    }

    /// <summary>
    /// Reports a file the parser gave up on without a position (an unclosed flow mapping makes YamlDotNet throw
    /// another kind of exception): the '{' or '[' still open when it stopped is named, if there is one.
    /// </summary>
    public static void ReportUnplaced(string text, string display, int lineOffset, DiagnosticBag bag)
    {
        var open = new Stack<(Mark Start, char Bracket)>();
        try
        {
            var parser = new Parser(new StringReader(text));
            while (parser.MoveNext())
            {
                switch (parser.Current)
                {
                    case MappingStart { Style: MappingStyle.Flow } start:
                        open.Push((start.Start, '{'));
                        break;
                    case SequenceStart { Style: SequenceStyle.Flow } start:
                        open.Push((start.Start, '['));
                        break;
                    case MappingEnd or SequenceEnd when open.Count > 0:
                        open.Pop();
                        break;
                }
            }
        }
        catch (Exception e) when (e is YamlException or InvalidOperationException or ArgumentException or FormatException or OverflowException)
        {
            // Expected: it fails where the first parse did; the open brackets are what is wanted.
        }

        if (open.TryPeek(out var innermost))
        {
            bag.Error(
                new SourceLocation(display, (int)innermost.Start.Line + lineOffset, (int)innermost.Start.Column),
                $"this '{innermost.Bracket}' is never closed",
                innermost.Bracket == '{' ? "end it with '}' on the same line, e.g. name: { ko: 한빛대학교, en: Hanbit University }" : "end it with ']' on the same line, e.g. aliases: [한빛대, Hanbit Univ.]");
            return;
        }

        bag.Error(new SourceLocation(display, 1 + lineOffset, 1), "the YAML cannot be read", "look for an unclosed { or [ or an unclosed quote");
    }

    /// <summary>The first tab in a line's indentation, 1-based.</summary>
    private static (int Line, int Column)? FirstTabIndent(string text)
    {
        var lines = text.Split('\n');
        for (var i = 0; i < lines.Length; i++)
        {
            var indent = lines[i].Length - lines[i].TrimStart(' ', '\t').Length;
            var tab = lines[i].IndexOf('\t', 0, indent);
            if (tab >= 0)
            {
                return (i + 1, tab + 1);
            }
        }

        return null;
    }

    private static string Clean(YamlException e)
    {
        // YamlDotNet prefixes messages with "(Line: 3, Col: 5, Idx: 40) - (…): "; the position is already in the diagnostic.
        var message = (e.InnerException as YamlException)?.Message ?? e.Message;
        var cut = message.IndexOf("): ", StringComparison.Ordinal);
        message = message.StartsWith("(Line:", StringComparison.Ordinal) && cut >= 0 ? message[(cut + 3)..] : message;
        return message.TrimEnd('.');
    }
}
