using Hubwatch.Diagnostics;
using YamlDotNet.Core;
using YamlDotNet.Core.Events;

namespace Hubwatch.Loading;

/// <summary>
/// Content YAML is data only: plain keys, plain values, lists and mappings a few levels deep. Before the
/// document is loaded into nodes (which recurses once per level), its events are read in one flat pass:
/// nesting deeper than <see cref="MaxDepth"/>, tags (<c>!!str</c>), anchors and aliases, keys that are lists
/// or mappings, and directives are errors at their position, never silently dropped.
/// </summary>
internal static class YamlFeatureCheck
{
    /// <summary>The deepest nesting of lists and mappings accepted; content uses four or five levels.</summary>
    public const int MaxDepth = 32;

    /// <summary>
    /// Reports every feature content does not use. False when the document must not be loaded (nested too deep,
    /// a tag, or a key that is not text); after anchors and aliases it is loaded, so its fields are still checked.
    /// </summary>
    /// <param name="events">
    /// Every event of the document as read, for loading it without reading the text again (see
    /// <see cref="RecordedEvents"/>); null when the text has a syntax error, which loading the text reports.
    /// </param>
    public static bool Check(string text, string display, DiagnosticBag bag, int lineOffset, out IReadOnlyList<ParsingEvent>? events)
    {
        var loadable = true;
        var read = new List<ParsingEvent>();
        events = null;
        void Error(Mark at, string message, string hint) =>
            bag.Error(new SourceLocation(display, (int)at.Line + lineOffset, (int)at.Column), message, hint);

        // Per open collection: whether it is a mapping, and whether its next node is a key.
        var open = new Stack<(bool IsMapping, bool ExpectsKey)>();
        var parser = new Parser(new StringReader(text));
        try
        {
            while (parser.MoveNext())
            {
                var current = parser.Current!;
                read.Add(current);
                var isKey = open.TryPeek(out var parent) && parent is { IsMapping: true, ExpectsKey: true };
                if (current is NodeEvent node)
                {
                    if (!node.Tag.IsEmpty)
                    {
                        Error(node.Start, $"YAML tag '{Shown(node.Tag.Value)}' is not used in content", "remove the tag; every value is read as text");

                        // A tagged key is not the plain key a reader asks for: loading would report the field as missing.
                        loadable = false;
                    }

                    if (!node.Anchor.IsEmpty)
                    {
                        Error(node.Start, $"YAML anchor '&{node.Anchor}' is not used in content", "write the value out instead of anchoring it");
                    }

                    if (open.Count > 0 && current is not MappingEnd and not SequenceEnd)
                    {
                        // A node fills a key or a value slot of the mapping it is in.
                        open.Push(open.Pop() with { ExpectsKey = parent.IsMapping && !parent.ExpectsKey });
                    }
                }

                switch (current)
                {
                    case AnchorAlias alias:
                        Error(alias.Start, $"YAML alias '*{alias.Value}' is not used in content", "write the value out instead of referring to an anchor");
                        if (open.Count > 0)
                        {
                            open.Push(open.Pop() with { ExpectsKey = parent.IsMapping && !parent.ExpectsKey });
                        }

                        break;
                    case MappingStart or SequenceStart:
                        if (isKey)
                        {
                            Error(current.Start, "a key must be a plain name, not a list or mapping", "write the key as a word, like summary:");
                            loadable = false;
                        }

                        if (open.Count >= MaxDepth)
                        {
                            Error(current.Start, $"YAML nested more than {MaxDepth} levels", "content needs a few levels; look for a runaway [ or {");
                            return false;
                        }

                        open.Push((current is MappingStart, true));
                        break;
                    case MappingEnd or SequenceEnd:
                        open.TryPop(out _);
                        break;
                    case DocumentStart { IsImplicit: false } start when start.Version is not null || (start.Tags?.Any() ?? false):
                        Error(start.Start, "YAML directives (%YAML, %TAG) are not used in content", "remove the line starting with %");
                        break;
                }
            }

            events = read;
        }
        catch (Exception e) when (e is YamlException or InvalidOperationException or ArgumentException or FormatException or OverflowException)
        {
            // A syntax error: loading the document reports it (with its position where YamlDotNet gives one).
        }

        return loadable;
    }

    /// <summary>A tag as it is usually written: <c>!!str</c> rather than <c>tag:yaml.org,2002:str</c>.</summary>
    private static string Shown(string tag) =>
        tag.StartsWith("tag:yaml.org,2002:", StringComparison.Ordinal) ? "!!" + tag["tag:yaml.org,2002:".Length..] : tag;
}
