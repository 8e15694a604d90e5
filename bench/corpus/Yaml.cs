using System.Text;
using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace Hubwatch.Bench.Corpus;

/// <summary>
/// Builds YAML documents as YamlDotNet nodes and writes them in the house style of content/: flow mappings for
/// short bilingual names, literal blocks for Markdown bodies. YamlDotNet does the quoting and escaping.
/// </summary>
public static class Yaml
{
    private static readonly UTF8Encoding Utf8 = new(encoderShouldEmitUTF8Identifier: false);

    /// <summary>A block mapping of the pairs whose value is not null, in order.</summary>
    public static YamlMappingNode Map(params (string Key, YamlNode? Value)[] pairs)
    {
        var map = new YamlMappingNode();
        foreach (var (key, value) in pairs)
        {
            if (value is not null)
            {
                map.Add(key, value);
            }
        }

        return map;
    }

    public static YamlScalarNode Scalar(string value) => new(value);

    public static YamlScalarNode Number(double value) => new(value.ToString("0.###", System.Globalization.CultureInfo.InvariantCulture));

    public static YamlScalarNode Number(long value) => new(value.ToString(System.Globalization.CultureInfo.InvariantCulture));

    public static YamlScalarNode True() => new("true");

    /// <summary><c>{ ko: …, en: … }</c>, for names and short labels.</summary>
    public static YamlMappingNode Short(Text text) => new(new YamlScalarNode("ko"), new YamlScalarNode(text.Ko), new YamlScalarNode("en"), new YamlScalarNode(text.En))
    {
        Style = YamlDotNet.Core.Events.MappingStyle.Flow,
    };

    /// <summary>A block mapping with both texts as literal blocks, for Markdown bodies.</summary>
    public static YamlMappingNode Long(Text text) => new(
        new YamlScalarNode("ko"), new YamlScalarNode(text.Ko) { Style = ScalarStyle.Literal },
        new YamlScalarNode("en"), new YamlScalarNode(text.En) { Style = ScalarStyle.Literal });

    /// <summary>A block mapping with both texts as plain or quoted scalars, for sentences.</summary>
    public static YamlMappingNode Sentence(Text text) => new(new YamlScalarNode("ko"), new YamlScalarNode(text.Ko), new YamlScalarNode("en"), new YamlScalarNode(text.En));

    public static YamlSequenceNode List(IEnumerable<YamlNode> items) => new(items);

    public static YamlSequenceNode FlowList(IEnumerable<string> items) => new(items.Select(i => (YamlNode)new YamlScalarNode(i)))
    {
        Style = YamlDotNet.Core.Events.SequenceStyle.Flow,
    };

    public static YamlSequenceNode Sources(IEnumerable<Quote> quotes) =>
        new(quotes.Select(q => (YamlNode)Map(("seed", Scalar(q.Seed)), ("quote", new YamlScalarNode(q.Sentence) { Style = ScalarStyle.DoubleQuoted }))));

    public static string Write(YamlNode root)
    {
        using var writer = new StringWriter { NewLine = "\n" };
        var emitter = new Emitter(writer, EmitterSettings.Default.WithBestWidth(int.MaxValue));
        new YamlStream(new YamlDocument(root)).Save(emitter, assignAnchors: false);
        var text = writer.ToString();

        // YamlStream ends every document with an explicit "..." marker; content files are single documents without one.
        return text.EndsWith("...\n", StringComparison.Ordinal) ? text[..^4] : text;
    }

    public static void WriteFile(string path, YamlNode root) => File.WriteAllText(path, Write(root), Utf8);
}
