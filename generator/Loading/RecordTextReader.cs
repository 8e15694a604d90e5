using Hubwatch.Content;
using Hubwatch.Diagnostics;

namespace Hubwatch.Loading;

/// <summary>
/// Reads one record from text held in memory (an old version of a file, from git) with the same readers as
/// <see cref="ContentLoader"/>, so a record read from history is exactly the record the build would have made.
/// </summary>
internal static class RecordTextReader
{
    /// <summary>The content folders that hold one record per file.</summary>
    public static IReadOnlyList<string> Folders { get; } = ["hubs", "programs", "partners", "agreements", "funding"];

    /// <summary>The record a file of <paramref name="folder"/> holds, or null when the text is not a valid record of that kind.</summary>
    /// <param name="strings">Shares one instance per repeated string across the records read with it (one pass over history).</param>
    public static object? Read(string folder, string id, string text, string display, StringPool strings)
    {
        var bag = new DiagnosticBag();
        var root = SourceFileReader.ParseMapping(SourceFileReader.Normalize(text), display, bag);
        if (root is null)
        {
            return null;
        }

        var map = new YamlMap(root, display, bag, strings);
        object? record = folder switch
        {
            "hubs" => RecordReaders.Hub(map, id),
            "programs" => RecordReaders.Program(map, id),
            "partners" => RecordReaders.Partner(map, id),
            "agreements" => RecordReaders.Agreement(map, id),
            "funding" => RecordReaders.Funding(map, id),
            _ => null,
        };
        return bag.HasErrors ? null : record;
    }
}
