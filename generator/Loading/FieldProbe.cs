using Hubwatch.Diagnostics;
using YamlDotNet.RepresentationModel;

namespace Hubwatch.Loading;

/// <summary>
/// Finds the fields the loader reads for a kind of file, as dotted paths (<c>name.ko</c>,
/// <c>sources[].quote</c>), by reading a probe mapping and noting every field asked for. Lists and
/// mappings in the probe are walked into, so it should hold every field with one item in each list.
/// The tests use it to hold the JSON Schemas in <c>schemas/</c> to what the loader really accepts.
/// </summary>
public static class FieldProbe
{
    /// <summary>The kinds of file with a schema: <c>site</c>, <c>seed</c>, <c>hub</c>, <c>program</c>, <c>partner</c>, <c>agreement</c>, <c>funding</c>.</summary>
    public static readonly IReadOnlyList<string> Kinds = ["site", "seed", "hub", "program", "partner", "agreement", "funding"];

    public static IReadOnlySet<string> FieldsRead(string kind, YamlMappingNode probe)
    {
        var fields = new SortedSet<string>(StringComparer.Ordinal);
        var map = new YamlMap(probe, "probe.yaml", new DiagnosticBag(), new StringPool(), fieldLog: fields);
        object? _ = kind switch
        {
            "site" => RecordReaders.Site(map),
            "seed" => RecordReaders.Seed(map, "probe", ""),
            "hub" => RecordReaders.Hub(map, "probe"),
            "program" => RecordReaders.Program(map, "probe"),
            "partner" => RecordReaders.Partner(map, "probe"),
            "agreement" => RecordReaders.Agreement(map, "probe"),
            "funding" => RecordReaders.Funding(map, "probe"),
            _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, "no such kind of content file"),
        };
        return fields;
    }
}
