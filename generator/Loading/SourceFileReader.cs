using System.Text;
using Hubwatch.Diagnostics;
using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace Hubwatch.Loading;

/// <summary>Reads content files defensively: size cap, UTF-8 only, no binary, YAML errors as diagnostics.</summary>
internal static class SourceFileReader
{
    /// <summary>The largest content or seed file accepted. Real files are a few kilobytes.</summary>
    public const long MaxFileBytes = 2 * 1024 * 1024;

    /// <summary>The most records one content folder may hold; ten times a national portal's expected size.</summary>
    public const int MaxFilesPerFolder = 200_000;

    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    /// <summary>The file's text without BOM and with line ends as <c>\n</c>, or null after reporting why it cannot be read.</summary>
    public static string? ReadText(string path, string display, DiagnosticBag bag)
    {
        var where = SourceLocation.File(display);
        var info = new FileInfo(path);
        if (info.Length > MaxFileBytes)
        {
            bag.Error(where, $"file is {info.Length / 1024} KiB; the limit is {MaxFileBytes / 1024} KiB", "split the content into several files");
            return null;
        }

        var bytes = File.ReadAllBytes(path);
        if (Array.IndexOf(bytes, (byte)0) >= 0)
        {
            bag.Error(where, "file is binary, not UTF-8 text");
            return null;
        }

        string text;
        try
        {
            text = StrictUtf8.GetString(bytes);
        }
        catch (DecoderFallbackException e)
        {
            bag.Error(where, $"file is not valid UTF-8 (byte {e.Index} cannot be decoded)", "save the file as UTF-8");
            return null;
        }

        return Normalize(text);
    }

    /// <summary>A file's text without BOM and with line ends as <c>\n</c>, as every reader sees it.</summary>
    public static string Normalize(string text)
    {
        if (text.Length > 0 && text[0] == '\uFEFF')
        {
            text = text[1..];
        }

        return text.Replace("\r\n", "\n", StringComparison.Ordinal).Replace('\r', '\n');
    }

    /// <summary>
    /// Warns at each bidirectional control (U+202A–U+202E, U+2066–U+2069, U+200E, U+200F, U+061C) and other
    /// invisible format character (zero-width space, word joiner, soft hyphen, a byte-order mark inside the text):
    /// they make text read differently from how it shows, in an editor's diff as on the page. The joiners that
    /// emoji and some scripts need (U+200C, U+200D) are left alone.
    /// </summary>
    public static void WarnInvisible(string text, string display, DiagnosticBag bag)
    {
        var line = 1;
        var lineStart = 0;
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (c == '\n')
            {
                line++;
                lineStart = i + 1;
                continue;
            }

            if (c is '\u200C' or '\u200D' || char.GetUnicodeCategory(c) != System.Globalization.UnicodeCategory.Format)
            {
                continue;
            }

            var isBidi = c is (>= '\u202A' and <= '\u202E') or (>= '\u2066' and <= '\u2069') or '\u200E' or '\u200F' or '\u061C';
            bag.Warning(
                new SourceLocation(display, line, i - lineStart + 1),
                $"invisible {(isBidi ? "bidirectional control" : "format")} character U+{(int)c:X4} in the text",
                isBidi ? "it can make the text read differently from how it shows; delete it" : "it does not show but changes how the text is searched and copied; delete it");
        }
    }

    /// <summary>Parses a YAML document whose root must be a mapping.</summary>
    public static YamlMappingNode? ParseMapping(string text, string display, DiagnosticBag bag, int lineOffset = 0)
    {
        if (!YamlFeatureCheck.Check(text, display, bag, lineOffset, out var events))
        {
            return null;
        }

        // The check has read the text into events already: they are loaded as they are, and only text with a syntax
        // error is read again, for the error's position.
        var stream = new YamlStream();
        try
        {
            if (events is not null)
            {
                stream.Load(new RecordedEvents(events));
            }
            else
            {
                stream.Load(new StringReader(text));
            }
        }
        catch (YamlException e)
        {
            YamlSyntaxError.Report(e, text, display, lineOffset, bag);
            return null;
        }
        catch (Exception e) when (e is InvalidOperationException or ArgumentException or FormatException or OverflowException)
        {
            // YamlDotNet can fail this way, without a position, on some malformed input (an unclosed flow mapping, odd anchors); found by fuzzing.
            YamlSyntaxError.ReportUnplaced(text, display, lineOffset, bag);
            return null;
        }

        if (stream.Documents.Count == 0 || stream.Documents[0].RootNode is YamlScalarNode { Value: null or "" })
        {
            bag.Error(new SourceLocation(display, 1 + lineOffset, 1), "file is empty");
            return null;
        }

        if (stream.Documents.Count > 1)
        {
            bag.Error(new SourceLocation(display, (int)stream.Documents[1].RootNode.Start.Line + lineOffset, 1), "file holds more than one YAML document", "remove the second '---'");
        }

        var root = stream.Documents[0].RootNode;
        if (root is YamlMappingNode mapping)
        {
            return mapping;
        }

        bag.Error(new SourceLocation(display, (int)root.Start.Line + lineOffset, (int)root.Start.Column), "file must be a mapping of fields (key: value), not " + (root is YamlSequenceNode ? "a list" : "a single value"));
        return null;
    }
}
