using System.Collections.Immutable;
using System.Collections.Frozen;
using Hubwatch.Content;
using Hubwatch.Diagnostics;
using Scriban;
using Scriban.Syntax;
using YamlDotNet.RepresentationModel;

namespace Hubwatch.Loading;

/// <summary>
/// Reads <c>templates/</c>: parses every Scriban template up front with its path so syntax errors are
/// reported as diagnostics, loads the assets, and checks that both interface-text files have the same keys.
/// </summary>
/// <param name="requiredKeys">Interface text keys the generator itself asks for; both languages must have each.</param>
public sealed partial class TemplateLoader(string templatesDir, ContentPaths paths, IReadOnlyCollection<string> requiredKeys)
{

    public TemplateSet? Load(DiagnosticBag bag)
    {
        if (!Directory.Exists(templatesDir))
        {
            bag.Error(SourceLocation.File(paths.Display(templatesDir)), "the templates folder is missing");
            return null;
        }

        var templates = new Dictionary<string, Template>(StringComparer.Ordinal);
        var sources = new Dictionary<string, string>(StringComparer.Ordinal);
        // The interface text each template reads, found in the template as written (a column counts the line's
        // indentation) and checked once both files of text are loaded.
        var textReads = new List<(string Display, string Key, Scriban.Parsing.SourceSpan Span)>();
        foreach (var file in Directory.EnumerateFiles(templatesDir, "*.html", SearchOption.AllDirectories).Order(StringComparer.Ordinal))
        {
            var display = paths.Display(file);
            var text = SourceFileReader.ReadText(file, display, bag);
            if (text is null)
            {
                continue;
            }

            var name = Path.GetRelativePath(templatesDir, file).Replace('\\', '/')[..^".html".Length];
            var template = Template.Parse(text, display);
            if (!template.HasErrors)
            {
                textReads.AddRange(InterfaceTextReads.Of(template).Select(r => (display, r.Key, r.Span)));
                // Pages are rendered from the template without its indentation, which is there for whoever edits the
                // template; a reader's browser would only collapse it. Diagnostics come from the template as written.
                template = Template.Parse(WithoutIndentation(text), display);
            }

            foreach (var message in template.Messages)
            {
                var where = new SourceLocation(display, message.Span.Start.Line + 1, message.Span.Start.Column + 1);
                if (message.Type == Scriban.Parsing.ParserMessageType.Error)
                {
                    bag.Error(where, "template: " + message.Message);
                }
                else
                {
                    bag.Warning(where, "template: " + message.Message);
                }
            }

            templates[name] = template;
            sources[name] = text;
        }

        foreach (var required in new[] { "layout", "not_found" })
        {
            if (!templates.ContainsKey(required))
            {
                bag.Error(SourceLocation.File(paths.Display(templatesDir)), $"template '{required}.html' is missing");
            }
        }

        var assets = new Dictionary<string, byte[]>(StringComparer.Ordinal);
        var assetsDir = Path.Combine(templatesDir, "assets");
        if (Directory.Exists(assetsDir))
        {
            foreach (var file in Directory.EnumerateFiles(assetsDir, "*", SearchOption.AllDirectories).Order(StringComparer.Ordinal))
            {
                assets[Path.GetRelativePath(assetsDir, file).Replace('\\', '/')] = File.ReadAllBytes(file);
            }
        }

        var ko = LoadStrings(Path.Combine(templatesDir, "i18n", "ko.yaml"), bag);
        var en = LoadStrings(Path.Combine(templatesDir, "i18n", "en.yaml"), bag);
        if (ko is null || en is null)
        {
            return null;
        }

        CompareKeys(ko, en, "ko", "en", bag);
        CompareKeys(en, ko, "en", "ko", bag);
        foreach (var key in requiredKeys.Where(k => !ko.Flat.ContainsKey(k) || !en.Flat.ContainsKey(k)))
        {
            var file = !ko.Flat.ContainsKey(key) ? ko.Display : en.Display;
            bag.Error(SourceLocation.File(file), $"interface text '{key}' is missing");
        }

        // A template asking for interface text neither file has would show nothing in its place.
        foreach (var (display, key, span) in textReads.Where(r => !Has(ko, r.Key) && !Has(en, r.Key)))
        {
            var where = new SourceLocation(display, span.Start.Line + 1, span.Start.Column + 1);
            bag.Error(where, $"template: interface text '{key}' is in neither {ko.Display} nor {en.Display}", "a missing text would show as nothing on the page");
        }

        return new TemplateSet(
            templates.ToFrozenDictionary(StringComparer.Ordinal),
            sources.ToFrozenDictionary(StringComparer.Ordinal),
            assets.ToFrozenDictionary(StringComparer.Ordinal),
            new Strings(ko.Flat.ToFrozenDictionary(StringComparer.Ordinal), en.Flat.ToFrozenDictionary(StringComparer.Ordinal)),
            new Dictionary<string, object> { ["ko"] = ko.Tree, ["en"] = en.Tree }.ToFrozenDictionary(StringComparer.Ordinal));
    }

    /// <summary>
    /// The template's text with the spaces and tabs that begin each line removed, line for line. No template puts literal
    /// text in a <c>pre</c> or <c>textarea</c>, the only places where a browser would show them.
    /// </summary>
    internal static string WithoutIndentation(string text) => Indentation().Replace(text, "");

    [System.Text.RegularExpressions.GeneratedRegex(@"(?<=^|\n)[ \t]+")]
    private static partial System.Text.RegularExpressions.Regex Indentation();

    private sealed record StringFile(string Display, Dictionary<string, string> Flat, Dictionary<string, SourceLocation> Where, Dictionary<string, object> Tree);

    private StringFile? LoadStrings(string path, DiagnosticBag bag)
    {
        var display = paths.Display(path);
        if (!File.Exists(path))
        {
            bag.Error(SourceLocation.File(display), "interface text file is missing");
            return null;
        }

        var text = SourceFileReader.ReadText(path, display, bag);
        var root = text is null ? null : SourceFileReader.ParseMapping(text, display, bag);
        if (root is null)
        {
            return null;
        }

        var file = new StringFile(display, [], [], []);
        Flatten(root, "", file.Tree, file, bag);
        return file;
    }

    private static void Flatten(YamlMappingNode node, string prefix, Dictionary<string, object> tree, StringFile file, DiagnosticBag bag)
    {
        foreach (var (keyNode, valueNode) in node.Children)
        {
            var key = ((YamlScalarNode)keyNode).Value ?? "";
            var path = prefix + key;
            var where = new SourceLocation(file.Display, (int)keyNode.Start.Line, (int)keyNode.Start.Column);
            switch (valueNode)
            {
                case YamlScalarNode { Value: { } value }:
                    file.Flat[path] = value;
                    file.Where[path] = where;
                    tree[key] = value;
                    break;
                case YamlMappingNode child:
                    var subtree = new Dictionary<string, object>(StringComparer.Ordinal);
                    tree[key] = subtree;
                    Flatten(child, path + ".", subtree, file, bag);
                    break;
                default:
                    bag.Error(where, $"interface text '{path}' must be text or a group of texts");
                    break;
            }
        }
    }

    /// <summary>Whether <paramref name="file"/> has the text <paramref name="key"/>, or a group of texts by that name.</summary>
    private static bool Has(StringFile file, string key)
    {
        object? node = file.Tree;
        foreach (var name in key.Split('.'))
        {
            node = node is Dictionary<string, object> group && group.TryGetValue(name, out var next) ? next : null;
        }

        return node is not null;
    }

    /// <summary>
    /// The interface text a template reads by name (<c>t.narrow.matches</c> is <c>narrow.matches</c>, and so is the key
    /// given to <c>count</c>), each where it is read; a text chosen by an index (<c>t.funder_kind[code]</c>) counts as
    /// its group. Inside a loop or function that names its own <c>t</c>, <c>t</c> is not the interface text. Texts
    /// reached otherwise (through <c>with</c>, a variable holding a group, or indexes alone) are not checked.
    /// </summary>
    private sealed class InterfaceTextReads : ScriptVisitor
    {
        private List<(string Key, Scriban.Parsing.SourceSpan Span)> Keys { get; } = [];

        /// <summary>The interface text <paramref name="template"/> reads, in the order it reads it.</summary>
        public static List<(string Key, Scriban.Parsing.SourceSpan Span)> Of(Template template)
        {
            var reads = new InterfaceTextReads();
            template.Page?.Accept(reads);
            return reads.Keys;
        }

        /// <summary>The interface text <c>count "partners.count" n</c> words a count with.</summary>
        public override void Visit(ScriptFunctionCall node)
        {
            if (node.Target is ScriptVariableGlobal { Name: "count" } && node.Arguments is [ScriptLiteral { Value: string key } literal, ..])
            {
                Keys.Add((key, literal.Span));
            }

            base.Visit(node);
        }

        public override void Visit(ScriptForStatement node)
        {
            if (node.Variable is ScriptVariable { Name: "t" })
            {
                node.Iterator?.Accept(this);
                return;
            }

            base.Visit(node);
        }

        public override void Visit(ScriptFunction node)
        {
            if (node.Parameters?.Any(p => p.Name?.Name == "t") != true)
            {
                base.Visit(node);
            }
        }

        public override void Visit(ScriptMemberExpression node)
        {
            if (KeyOf(node) is { Length: > 0 } key)
            {
                Keys.Add((key, node.Span));
                return;
            }

            base.Visit(node);
        }

        private static string? KeyOf(ScriptExpression? expression) => expression switch
        {
            ScriptVariableGlobal { Name: "t" } => "",
            ScriptMemberExpression { Member.Name: { } name } member when KeyOf(member.Target) is { } target => target.Length == 0 ? name : target + "." + name,
            _ => null,
        };
    }

    private static void CompareKeys(StringFile have, StringFile other, string haveCode, string otherCode, DiagnosticBag bag)
    {
        foreach (var key in have.Flat.Keys.Where(k => !other.Flat.ContainsKey(k)).Order(StringComparer.Ordinal))
        {
            bag.Error(have.Where[key], $"interface text '{key}' has no {otherCode} translation", $"add it to {other.Display}");
        }
    }
}
