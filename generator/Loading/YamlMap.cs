using System.Collections.Immutable;
using System.Globalization;
using System.Text;
using Hubwatch.Content;
using Hubwatch.Diagnostics;
using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace Hubwatch.Loading;

/// <summary>
/// Reads one YAML mapping with positions intact. Every problem goes into the bag and a default
/// is returned, so a file with several mistakes reports all of them.
/// </summary>
internal sealed class YamlMap
{
    private readonly YamlMappingNode _node;
    private readonly string _path;
    private readonly DiagnosticBag _bag;
    private readonly int _lineOffset;
    private readonly HashSet<string> _read = new(StringComparer.Ordinal);
    private readonly TranslationState _translation;
    private readonly ISet<string>? _fieldLog;
    private readonly string _fieldPrefix;
    private readonly StringPool _strings;
    private readonly string? _source;

    /// <param name="fieldLog">When given, every field a reader asks for is added to it as a dotted path
    /// (<c>key_figures[].label.ko</c>), so tests can compare what the loader reads with the JSON Schemas.</param>
    /// <param name="strings">Shares ids and references among the records of one load.</param>
    /// <param name="source">The file's text, when given, lets texts record where each character is written (see <see cref="WrittenText"/>).</param>
    public YamlMap(YamlMappingNode node, string path, DiagnosticBag bag, StringPool strings, int lineOffset = 0, ISet<string>? fieldLog = null, string? source = null)
        : this(node, path, bag, lineOffset, new TranslationState(), fieldLog, "", strings, source)
    {
    }

    private YamlMap(YamlMappingNode node, string path, DiagnosticBag bag, int lineOffset, TranslationState translation, ISet<string>? fieldLog, string fieldPrefix, StringPool strings, string? source)
    {
        _strings = strings;
        _source = source;
        _node = node;
        _path = path;
        _bag = bag;
        _lineOffset = lineOffset;
        _translation = translation;
        _fieldLog = fieldLog;
        _fieldPrefix = fieldPrefix;
    }

    /// <summary>Shared by a record's mapping and all mappings nested in it.</summary>
    private sealed class TranslationState
    {
        public bool IsPendingAllowed { get; set; }

        /// <summary>Whether this kind of record may be marked <c>untranslated</c> at all (hubs, programs, partners).</summary>
        public bool CanBePending { get; set; }

        public bool IsFallbackUsed { get; set; }
    }

    public SourceLocation Where => At(_node);

    /// <summary>The one instance of an id or reference read in this load.</summary>
    public string Share(string text) => _strings.Share(text);

    /// <summary>
    /// Reads <c>untranslated: true</c>: a missing English text in this record (at any depth) then falls back
    /// to the Korean one instead of being an error. Returns whether the record is marked so.
    /// </summary>
    public bool ReadUntranslated()
    {
        _translation.CanBePending = true;
        _translation.IsPendingAllowed = Bool("untranslated");
        return _translation.IsPendingAllowed;
    }

    /// <summary>Whether a missing English text fell back to Korean anywhere in this record.</summary>
    public bool UsedFallback => _translation.IsFallbackUsed;

    public string Path => _path;

    public SourceLocation At(YamlNode node) => At(node.Start);

    public SourceLocation At(Mark mark) => new(_path, (int)mark.Line + _lineOffset, (int)mark.Column);

    /// <summary>Whether the key is written; asking makes it a known field, so it is never reported as unknown.</summary>
    public bool Has(string key)
    {
        MarkRead(key);
        return _node.Children.ContainsKey(new YamlScalarNode(key));
    }

    /// <summary>Reports a warning at a key's value (or at the mapping when no key is given).</summary>
    public void Warning(string message, string? key = null, string? hint = null) =>
        _bag.Warning(key is null ? Where : WhereOf(key), message, hint);

    /// <summary>Reports an error at a key's value (or at the mapping when no key is given).</summary>
    public void Error(string message, string? key = null, string? hint = null) =>
        _bag.Error(key is null ? Where : WhereOf(key), message, hint);

    /// <summary>Where a key's value is written, or the mapping itself when the key is absent.</summary>
    public SourceLocation WhereOf(string key) => Find(key) is { } value ? At(value) : Where;

    public string? String(string key, bool required = true)
    {
        var node = Find(key);
        if (node is null)
        {
            Missing(key, required);
            return null;
        }

        if (node is YamlScalarNode scalar)
        {
            return scalar.Value is null ? null : Normalize(scalar.Value);
        }

        _bag.Error(At(node), $"'{key}' must be text, not {Describe(node)}");
        return null;
    }

    /// <summary>An absolute http or https address; anything else (javascript:, data:, a relative path) is refused.</summary>
    public string? Url(string key, bool required = true)
    {
        var text = String(key, required);
        if (text is null)
        {
            return null;
        }

        if (Uri.TryCreate(text, UriKind.Absolute, out var uri) && uri.Scheme is "http" or "https")
        {
            return text;
        }

        _bag.Error(WhereOf(key), $"'{key}' must be an http or https address, not '{text}'");
        return null;
    }

    public LocalizedText? Localized(string key, bool required = true)
    {
        var node = Find(key);
        if (node is null)
        {
            Missing(key, required);
            return null;
        }

        if (node is not YamlMappingNode mapping)
        {
            _bag.Error(At(node), $"'{key}' must give both languages, as {{ ko: ..., en: ... }}, not {Describe(node)}");
            return null;
        }

        var map = Child(mapping, key + ".");
        var ko = map.NonEmpty("ko", key);
        if (_translation.IsPendingAllowed && !map.Has("en"))
        {
            map.ReportUnknownKeys();
            _translation.IsFallbackUsed = true;
            return ko is null ? null : new LocalizedText(ko, ko) { KoWritten = map.Written("ko"), EnWritten = map.Written("ko") };
        }

        var en = map.NonEmpty("en", key);
        map.ReportUnknownKeys();
        return ko is null || en is null ? null : new LocalizedText(ko, en) { KoWritten = map.Written("ko"), EnWritten = map.Written("en") };
    }

    /// <summary>
    /// Text in both languages that is rendered as Markdown: checked for runaway nesting before Markdig sees it.
    /// The text is returned either way; an error stops the build before anything is rendered.
    /// </summary>
    public LocalizedText? Markdown(string key, bool required = true)
    {
        var text = Localized(key, required);
        if (text is null || Find(key) is not YamlMappingNode languages)
        {
            return text;
        }

        foreach (var (language, value) in languages.Children)
        {
            if (value is YamlScalarNode { Value: { } markdown } scalar)
            {
                // A block scalar's text starts on the line after its | or >, indented (as content writes it) two past its key.
                var isBlock = scalar.Style is ScalarStyle.Literal or ScalarStyle.Folded;
                var line = (int)scalar.Start.Line + _lineOffset + (isBlock ? 1 : 0);
                MarkdownNestingCheck.Check(markdown, _path, line, isBlock ? (int)language.Start.Column + 2 : (int)scalar.Start.Column, _bag, isIndented: isBlock);
            }
        }

        return text;
    }

    public PartialDate? Date(string key, bool required = true)
    {
        var text = ScalarText(key, required);
        if (text is null)
        {
            return null;
        }

        if (text.Length == 0)
        {
            _bag.Error(WhereOf(key), $"'{key}' is empty", "write the date as YYYY-MM-DD, or YYYY-MM or YYYY when the source gives no more");
            return null;
        }

        if (PartialDate.TryParse(text, out var date, out var error))
        {
            return date;
        }

        _bag.Error(WhereOf(key), $"'{key}': {error}");
        return null;
    }

    public int? Int(string key, bool required = true)
    {
        var text = ScalarText(key, required);
        if (text is null)
        {
            return null;
        }

        if (int.TryParse(text, NumberStyles.Integer, CultureInfo.InvariantCulture, out var value))
        {
            return value;
        }

        _bag.Error(WhereOf(key), $"'{key}' must be a whole number, not '{text}'");
        return null;
    }

    public double? Number(string key, bool required = true)
    {
        var text = ScalarText(key, required);
        if (text is null)
        {
            return null;
        }

        if (double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var value) && double.IsFinite(value))
        {
            return value;
        }

        _bag.Error(WhereOf(key), $"'{key}' must be a number, not '{text}'");
        return null;
    }

    public bool Bool(string key)
    {
        var text = ScalarText(key, required: false);
        if (text is null)
        {
            return false;
        }

        if (text is "true" or "false")
        {
            return text == "true";
        }

        _bag.Error(WhereOf(key), $"'{key}' must be true or false, not '{text}'");
        return false;
    }

    /// <summary>An optional value of a closed vocabulary: <paramref name="absent"/> when the key is not written.</summary>
    public T Choice<T>(string key, T absent)
        where T : struct, Enum => Find(key) is null ? absent : Choice<T>(key);

    /// <summary>
    /// A value of a closed vocabulary, parsed once here: an unknown code is an error with the allowed codes and the
    /// nearest one, and the record then holds the vocabulary's first value (the build stops before it is shown).
    /// </summary>
    public T Choice<T>(string key)
        where T : struct, Enum
    {
        var allowed = Vocabulary.CodesOf<T>();
        var text = String(key, required: true);
        if (text is null)
        {
            return default;
        }

        if (Vocabulary.TryParse<T>(text, out var value))
        {
            return value;
        }

        if (string.IsNullOrWhiteSpace(text))
        {
            _bag.Error(WhereOf(key), $"'{key}' is empty", $"write one of {string.Join(", ", allowed)}");
            return default;
        }

        _bag.Error(WhereOf(key), $"'{key}' must be one of {string.Join(", ", allowed)}; '{text}' is not", Suggest.Hint(text, allowed));
        return default;
    }

    public EntityRef<T>? Ref<T>(string key, bool required = true)
        where T : class
    {
        var node = Find(key);
        var text = String(key, required);
        if (text is null || node is null)
        {
            return null;
        }

        if (string.IsNullOrWhiteSpace(text))
        {
            // An empty id would otherwise pass as "no reference" and the record would silently lose its link.
            var what = IdFolder(key) is { } folder ? $"an id from content/{folder}/ (the file name without .yaml)" : "an id";
            _bag.Error(At(node), $"'{key}' is empty", required ? $"write {what}" : $"write {what}, or remove the '{key}' line");
            return null;
        }

        return new EntityRef<T>(new Id<T>(_strings.Share(text)), At(node));
    }

    public ImmutableArray<EntityRef<T>> Refs<T>(string key, bool required = false)
        where T : class
    {
        var builder = ImmutableArray.CreateBuilder<EntityRef<T>>();
        foreach (var item in Sequence(key, required))
        {
            if (item is YamlScalarNode { Value: { } value } && !string.IsNullOrWhiteSpace(value))
            {
                builder.Add(new EntityRef<T>(new Id<T>(_strings.Share(Normalize(value))), At(item)));
            }
            else if (item is YamlScalarNode)
            {
                _bag.Error(At(item), $"an item of '{key}' is empty", "write an id in each item, or remove the empty one");
            }
            else
            {
                _bag.Error(At(item), $"each item of '{key}' must be an id, not {Describe(item)}");
            }
        }

        return builder.ToImmutable();
    }

    /// <summary>
    /// A list of values of a closed vocabulary, each once: an unknown code is an error where it is written, with the
    /// allowed codes and the nearest one, and is left out.
    /// </summary>
    public ImmutableArray<T> Choices<T>(string key)
        where T : struct, Enum
    {
        var allowed = Vocabulary.CodesOf<T>();
        var builder = ImmutableArray.CreateBuilder<T>();
        foreach (var (text, where) in PlacedStrings(key))
        {
            if (!Vocabulary.TryParse<T>(text, out var value))
            {
                _bag.Error(where, $"each item of '{key}' must be one of {string.Join(", ", allowed)}; '{text}' is not", Suggest.Hint(text, allowed));
            }
            else if (builder.Contains(value))
            {
                _bag.Error(where, $"'{text}' is listed twice in '{key}'", "list it once");
            }
            else
            {
                builder.Add(value);
            }
        }

        return builder.ToImmutable();
    }

    /// <summary>A list of texts, each with where it is written.</summary>
    public ImmutableArray<(string Text, SourceLocation Where)> PlacedStrings(string key)
    {
        var builder = ImmutableArray.CreateBuilder<(string, SourceLocation)>();
        foreach (var item in Sequence(key, required: false))
        {
            if (item is YamlScalarNode { Value: { } value })
            {
                builder.Add((Normalize(value), At(item)));
            }
            else
            {
                _bag.Error(At(item), $"each item of '{key}' must be text, not {Describe(item)}");
            }
        }

        return builder.ToImmutable();
    }

    public ImmutableArray<string> Strings(string key)
    {
        var builder = ImmutableArray.CreateBuilder<string>();
        foreach (var item in Sequence(key, required: false))
        {
            if (item is YamlScalarNode { Value: { } value })
            {
                builder.Add(Normalize(value));
            }
            else
            {
                _bag.Error(At(item), $"each item of '{key}' must be text, not {Describe(item)}");
            }
        }

        return builder.ToImmutable();
    }

    public YamlMap? Map(string key, bool required = true)
    {
        var node = Find(key);
        if (node is null)
        {
            Missing(key, required);
            return null;
        }

        if (node is YamlMappingNode mapping)
        {
            return Child(mapping, key + ".");
        }

        _bag.Error(At(node), $"'{key}' must be a mapping of fields, not {Describe(node)}");
        return null;
    }

    public IEnumerable<YamlMap> Maps(string key, bool required = false)
    {
        foreach (var item in Sequence(key, required))
        {
            if (item is YamlMappingNode mapping)
            {
                yield return Child(mapping, key + "[].");
            }
            else
            {
                _bag.Error(At(item), $"each item of '{key}' must be a mapping of fields, not {Describe(item)}");
            }
        }
    }

    public ImmutableArray<Citation> Citations(string key = "sources")
    {
        var builder = ImmutableArray.CreateBuilder<Citation>();
        foreach (var map in Maps(key))
        {
            var seed = map.String("seed");
            var quote = map.String("quote");
            var where = map.WhereOf("quote");
            if (seed is not null && string.IsNullOrWhiteSpace(seed))
            {
                _bag.Error(map.WhereOf("seed"), "'seed' is empty", "write the file name of a source in seeds/, without .txt");
                seed = "";
            }

            map.ReportUnknownKeys();
            if (seed is not null && quote is not null)
            {
                builder.Add(new Citation(new Id<Seed>(_strings.Share(seed)), quote, where) { SeedWhere = map.WhereOf("seed") });
            }
        }

        return builder.ToImmutable();
    }

    /// <summary>Reports keys that no reader asked for, with the closest known key as a hint.</summary>
    public void ReportUnknownKeys(IReadOnlyList<string>? alsoAllowed = null)
    {
        foreach (var (keyNode, _) in _node.Children)
        {
            var key = (keyNode as YamlScalarNode)?.Value ?? "";
            if (!_read.Contains(key) && (alsoAllowed is null || !alsoAllowed.Contains(key)))
            {
                // A language's text one level too far left lands beside the field it belongs to.
                var hint = key is "ko" or "en"
                    ? $"a text in {(key == "ko" ? "Korean" : "English")} goes under the field it belongs to: indent it two spaces more than that field's name"
                    : Suggest.Hint(key, [.. _read]);
                _bag.Error(At(keyNode), $"unknown field '{key}'", hint);
            }
        }
    }

    /// <summary>Where a scalar field's text is written, when the file's text is known.</summary>
    private WrittenText? Written(string key)
    {
        if (_source is null || !_node.Children.TryGetValue(new YamlScalarNode(key), out var node) || node is not YamlScalarNode scalar)
        {
            return null;
        }

        var start = (int)scalar.Start.Index;
        var end = Math.Min((int)scalar.End.Index, _source.Length);
        if (start < 0 || start > end)
        {
            return null;
        }

        var isBlock = scalar.Style is ScalarStyle.Literal or ScalarStyle.Folded;
        var isQuoted = scalar.Style is ScalarStyle.SingleQuoted or ScalarStyle.DoubleQuoted;
        return new WrittenText(_path, _source, start, end, (int)scalar.Start.Line + _lineOffset, (int)scalar.Start.Column, isBlock, isQuoted);
    }

    /// <summary>Text is compared with seeds, so it is normalised to NFC (decomposed Hangul would never match).</summary>
    private static string Normalize(string text) => text.Normalize(NormalizationForm.FormC);

    private string? NonEmpty(string key, string parent)
    {
        var text = String(key, required: false);
        if (text is null)
        {
            var hint = key != "en" ? null
                : _translation.CanBePending ? "every text needs a Korean (ko) and an English (en) version; mark the record untranslated: true while the English is pending"
                : $"every text needs a Korean (ko) and an English (en) version: write the English under '{parent}', as en: …";
            _bag.Error(Where, $"'{parent}' has no '{key}' text", hint);
            return null;
        }

        if (string.IsNullOrWhiteSpace(text))
        {
            _bag.Error(WhereOf(key), $"'{parent}.{key}' is empty");
            return null;
        }

        return text;
    }

    private string? ScalarText(string key, bool required)
    {
        var node = Find(key);
        if (node is null)
        {
            Missing(key, required);
            return null;
        }

        if (node is YamlScalarNode { Value: { } value })
        {
            return value.Trim();
        }

        _bag.Error(At(node), $"'{key}' must be a single value, not {Describe(node)}");
        return null;
    }

    private IEnumerable<YamlNode> Sequence(string key, bool required)
    {
        var node = Find(key);
        if (node is null)
        {
            Missing(key, required);
            return [];
        }

        if (node is YamlSequenceNode sequence)
        {
            return sequence.Children;
        }

        if (node is YamlScalarNode { Value: null or "" })
        {
            return [];
        }

        _bag.Error(At(node), $"'{key}' must be a list, not {Describe(node)}");
        return [];
    }

    private YamlMap Child(YamlMappingNode mapping, string prefix) =>
        new(mapping, _path, _bag, _lineOffset, _translation, _fieldLog, _fieldPrefix + prefix, _strings, _source);

    private void MarkRead(string key)
    {
        _read.Add(key);
        _fieldLog?.Add(_fieldPrefix + key);
    }

    private YamlNode? Find(string key)
    {
        MarkRead(key);
        return _node.Children.TryGetValue(new YamlScalarNode(key), out var value) ? value : null;
    }

    private void Missing(string key, bool required)
    {
        if (required)
        {
            _bag.Error(Where, $"missing required field '{key}'");
        }
    }

    /// <summary>The content folder whose file names are the ids a reference field takes.</summary>
    private static string? IdFolder(string key) => key switch
    {
        "hub" or "hubs" => "hubs",
        "program" or "programs" => "programs",
        "owner" or "funder" or "partner" => "partners",
        "part_of" => "funding",
        _ => null,
    };

    private static string Describe(YamlNode node) => node switch
    {
        YamlSequenceNode => "a list",
        YamlMappingNode => "a mapping",
        YamlScalarNode { Value: var v } => $"'{v}'",
        _ => "this value",
    };
}
