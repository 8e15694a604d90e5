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

    /// <summary>Parses a YAML document whose root must be a mapping.</summary>
    public static YamlMappingNode? ParseMapping(string text, string display, DiagnosticBag bag, int lineOffset = 0)
    {
        var stream = new YamlStream();
        try
        {
            stream.Load(new StringReader(text));
        }
        catch (YamlException e)
        {
            bag.Error(new SourceLocation(display, (int)e.Start.Line + lineOffset, (int)e.Start.Column), "YAML syntax: " + CleanMessage(e));
            return null;
        }
        catch (Exception e) when (e is InvalidOperationException or ArgumentException or FormatException or OverflowException)
        {
            // YamlDotNet can fail this way, without a position, on some malformed input (an unclosed flow mapping, odd anchors); found by fuzzing.
            bag.Error(new SourceLocation(display, 1 + lineOffset, 1), "YAML syntax: the file cannot be parsed", "look for an unclosed { or [ or an unclosed quote");
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

    private static string CleanMessage(YamlException e)
    {
        // YamlDotNet prefixes messages with "(Line: 3, Col: 5, Idx: 40) - (…): "; the position is already in the diagnostic.
        var message = (e.InnerException as YamlException)?.Message ?? e.Message;
        var cut = message.IndexOf("): ", StringComparison.Ordinal);
        message = message.StartsWith("(Line:", StringComparison.Ordinal) && cut >= 0 ? message[(cut + 3)..] : message;
        return message.TrimEnd('.');
    }
}
