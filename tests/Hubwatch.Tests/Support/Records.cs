using System.Collections.Immutable;
using Hubwatch.Content;
using Hubwatch.Diagnostics;
using Hubwatch.Loading;

namespace Hubwatch.Tests.Support;

/// <summary>
/// Records read from YAML written in a test, as the loader reads them from content files (the path a diagnostic
/// names is the file the record would live in), so a checker or builder can be called with a few records.
/// The YAML's first line is the <c>id:</c> this adds, so the test's own first line is line 2.
/// </summary>
internal static class Records
{
    public static Hub Hub(string id, string yaml) => Read($"id: {id}\n{yaml}", $"content/hubs/{id}.yaml", m => RecordReaders.Hub(m, id));

    public static HubProgram Program(string id, string yaml) => Read($"id: {id}\n{yaml}", $"content/programs/{id}.yaml", m => RecordReaders.Program(m, id));

    public static Partner Partner(string id, string yaml) => Read($"id: {id}\n{yaml}", $"content/partners/{id}.yaml", m => RecordReaders.Partner(m, id));

    public static Agreement Agreement(string id, string yaml) => Read($"id: {id}\n{yaml}", $"content/agreements/{id}.yaml", m => RecordReaders.Agreement(m, id));

    public static Funding Funding(string id, string yaml) => Read($"id: {id}\n{yaml}", $"content/funding/{id}.yaml", m => RecordReaders.Funding(m, id));

    /// <summary>A seed with the given text and plain metadata.</summary>
    public static Seed Seed(string id, string text) =>
        Read($"id: {id}\npublisher: {{ ko: 테스트일보, en: Test Daily }}\ntitle: {{ ko: 제목, en: Title }}\npublished: 2024-03-20\nkind: news\n", $"seeds/{id}.yaml", m => RecordReaders.Seed(m, id, text));

    /// <summary>A content set of the records given, with a plain site.yaml.</summary>
    public static ContentSet Set(
        IEnumerable<Seed>? seeds = null,
        IEnumerable<Hub>? hubs = null,
        IEnumerable<HubProgram>? programs = null,
        IEnumerable<Partner>? partners = null,
        IEnumerable<Agreement>? agreements = null,
        IEnumerable<Funding>? funding = null) =>
        new(
            new SiteConfig(LocalizedText.Same("Hubwatch"), LocalizedText.Same(""), "/", null, "https://example.org", LocalizedText.Same(""), LocalizedText.Same(""), SourceLocation.File("content/site.yaml")),
            [.. seeds ?? []],
            [.. hubs ?? []],
            [.. programs ?? []],
            [.. partners ?? []],
            [.. agreements ?? []],
            [.. funding ?? []],
            []);

    private static T Read<T>(string yaml, string path, Func<YamlMap, T?> read)
        where T : class
    {
        var bag = new DiagnosticBag();
        var root = SourceFileReader.ParseMapping(yaml, path, bag);
        var record = root is null ? null : read(new YamlMap(root, path, bag, new StringPool()));
        Assert.True(record is not null && !bag.HasErrors, $"the test's YAML for {path} does not load:\n{string.Join("\n", bag.Sorted())}");
        return record!;
    }
}
