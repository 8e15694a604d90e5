using System.Collections.Concurrent;
using System.Text.Json;
using System.Text.Json.Nodes;
using Vocabulary = Hubwatch.Content.Vocabulary;
using Hubwatch.Content;
using Hubwatch.Loading;
using Hubwatch.Tests.Support;
using Json.Schema;
using YamlDotNet.RepresentationModel;

namespace Hubwatch.Tests.Loading;

/// <summary>
/// The JSON Schemas in schemas/ are what editors' YAML tools check content against while typing, so they
/// must accept every content file in the repository, name exactly the fields the loader reads, and
/// reject what the loader rejects.
/// </summary>
public sealed class SchemaTests
{
    private static readonly ConcurrentDictionary<string, JsonSchema> Built = new(StringComparer.Ordinal);

    private static readonly Dictionary<string, string> KindOfFolder = new(StringComparer.Ordinal)
    {
        ["hubs"] = "hub", ["programs"] = "program", ["partners"] = "partner", ["agreements"] = "agreement", ["funding"] = "funding",
    };

    public static TheoryData<string> Kinds() => [.. FieldProbe.Kinds];

    /// <summary>Every YAML file of the repository's content and seeds, and of the small test site.</summary>
    public static TheoryData<string> ContentFiles()
    {
        var roots = new[] { Repo.Root, Path.Combine(Repo.Fixtures, "base") };
        return [.. roots
            .SelectMany(root => Directory.EnumerateFiles(Path.Combine(root, "content"), "*.yaml", SearchOption.AllDirectories)
                .Concat(Directory.EnumerateFiles(Path.Combine(root, "seeds"), "*.yaml")))
            .Select(f => Path.GetRelativePath(Repo.Root, f).Replace('\\', '/'))
            .Order(StringComparer.Ordinal)];
    }

    [Theory]
    [MemberData(nameof(ContentFiles))]
    public void Every_content_file_validates_against_its_schema(string file)
    {
        var kind = KindOf(file);
        var text = File.ReadAllText(Path.Combine(Repo.Root, file));

        var result = Evaluate(kind, text);

        Assert.True(result.IsValid, $"{file} does not match schemas/{kind}.schema.json:\n{Describe(result)}");
    }

    [Theory]
    [MemberData(nameof(ContentFiles))]
    public void Every_repository_content_file_names_its_schema_on_its_first_line(string file)
    {
        if (file.StartsWith("tests/", StringComparison.Ordinal))
        {
            return; // The test site's files keep the line numbers its expected diagnostics are written against.
        }

        var path = Path.Combine(Repo.Root, file);
        var expected = Path.GetRelativePath(Path.GetDirectoryName(path)!, Path.Combine(Repo.Root, "schemas", KindOf(file) + ".schema.json")).Replace('\\', '/');
        Assert.Equal($"# yaml-language-server: $schema={expected}", File.ReadLines(path).First());
    }

    [Theory]
    [MemberData(nameof(Kinds))]
    public void The_schema_names_exactly_the_fields_the_loader_reads(string kind)
    {
        var schema = SchemaJson(kind);
        var inSchema = new SortedSet<string>(StringComparer.Ordinal);
        Walk(schema, schema, "", inSchema);

        var readByLoader = FieldProbe.FieldsRead(kind, (YamlMappingNode)Probe(schema, schema));

        Assert.Equal(inSchema, readByLoader);
    }

    [Theory]
    [InlineData("content/site.yaml", "colour: blue\n")]
    [InlineData("seeds/100_fixture.yaml", "colour: blue\n")]
    [InlineData("content/hubs/hanbit.yaml", "colour: blue\n")]
    [InlineData("content/programs/hub-program.yaml", "colour: blue\n")]
    [InlineData("content/partners/hanbit-city.yaml", "colour: blue\n")]
    [InlineData("content/agreements/hanbit-mou-2024.yaml", "colour: blue\n")]
    [InlineData("content/funding/hanbit-budget.yaml", "colour: blue\n")]
    [InlineData("content/funding/hanbit-budget.yaml", "period: { from: 2024, to: 2025, colour: blue }\n")]
    [InlineData("content/hubs/hanbit.yaml", "coordinates: { lat: 36.0, lon: 127.5, colour: blue }\n")]
    public void An_unknown_field_is_rejected_by_the_schema_and_by_the_loader(string file, string line)
    {
        using var project = TempProject.FromBase();
        var path = Path.Combine(project.Root, file);
        var key = line[..line.IndexOf(':')];
        var text = string.Join('\n', File.ReadAllLines(path).Where(l => !l.StartsWith(key + ":", StringComparison.Ordinal))) + "\n" + line;
        File.WriteAllText(path, text);

        Assert.False(Evaluate(KindOf(file), text).IsValid);
        var check = project.Run("check", "--quiet");
        Assert.Equal(1, check.ExitCode);
        Assert.Contains($"{file}:", check.Stderr);
        Assert.Contains("error: unknown field 'colour'", check.Stderr);
    }

    [Fact]
    public void The_schemas_allow_exactly_the_values_of_the_vocabulary()
    {
        void Same(string kind, string field, IReadOnlyList<string> values) =>
            Assert.Equal(values, SchemaJson(kind)["properties"]![field]!["enum"]!.AsArray().Select(v => v!.GetValue<string>()));

        Same("hub", "status", Vocabulary.CodesOf<HubStatus>());
        Same("program", "scope", Vocabulary.CodesOf<ProgramScope>());
        Same("partner", "type", Vocabulary.CodesOf<PartnerType>());
        Same("agreement", "kind", Vocabulary.CodesOf<AgreementKind>());
        Same("funding", "funder_kind", Vocabulary.CodesOf<FunderKind>());
        Same("funding", "status", Vocabulary.CodesOf<FundingStatus>());
        Same("seed", "kind", Vocabulary.CodesOf<SeedKind>());
        Assert.Equal(Vocabulary.CodesOf<PartyRole>(), SchemaJson("agreement")["properties"]!["parties"]!["items"]!["properties"]!["role"]!["enum"]!.AsArray().Select(v => v!.GetValue<string>()));
    }

    [Theory]
    [InlineData("amount: 12.5억원", true)]
    [InlineData("amount: 2조 5000억 원", true)]
    [InlineData("amount: 1,770억원", true)]
    [InlineData("amount: 12.5억", false)]
    [InlineData("amount: 열두억원", false)]
    public void The_funding_schema_accepts_the_amounts_the_loader_reads(string line, bool isValid)
    {
        var text = File.ReadAllText(Path.Combine(Repo.Fixtures, "base", "content", "funding", "hanbit-budget.yaml")).Replace("amount: 12.5억원", line, StringComparison.Ordinal);
        Assert.Equal(isValid, Evaluate("funding", text).IsValid);
    }

    [Theory]
    [InlineData("untranslated: true\n", true)]
    [InlineData("", false)]
    public void An_english_text_may_be_missing_only_from_a_record_marked_untranslated(string marker, bool isValid)
    {
        var text = File.ReadAllText(Path.Combine(Repo.Fixtures, "base", "content", "partners", "hanbit-city.yaml"))
            .Replace("name: { ko: 한빛시, en: Hanbit City }", marker + "name: { ko: 한빛시 }", StringComparison.Ordinal);
        Assert.Equal(isValid, Evaluate("partner", text).IsValid);

        using var project = TempProject.FromBase();
        project.Write("content/partners/hanbit-city.yaml", text);
        Assert.Equal(isValid ? 0 : 1, project.Run("check", "--quiet").ExitCode);
    }

    private static string KindOf(string file)
    {
        var parts = file.Split('/');
        return parts[^1] == "site.yaml" ? "site" : parts[^2] == "seeds" ? "seed" : KindOfFolder[parts[^2]];
    }

    private static JsonObject SchemaJson(string kind) =>
        JsonNode.Parse(File.ReadAllText(Path.Combine(Repo.Root, "schemas", kind + ".schema.json")))!.AsObject();

    private static EvaluationResults Evaluate(string kind, string yaml)
    {
        var schema = Built.GetOrAdd(kind, k => JsonSchema.FromFile(
            Path.Combine(Repo.Root, "schemas", k + ".schema.json"),
            new BuildOptions { SchemaRegistry = new SchemaRegistry() }));
        using var instance = JsonDocument.Parse(YamlJson.Parse(yaml)!.ToJsonString());
        return schema.Evaluate(instance.RootElement, new EvaluationOptions { OutputFormat = OutputFormat.List });
    }

    private static string Describe(EvaluationResults result) =>
        string.Join('\n', (result.Details ?? []).Where(d => d.Errors is { Count: > 0 }).SelectMany(d => d.Errors!.Select(e => $"  {d.InstanceLocation}: {e.Value}")));

    /// <summary>A schema with its $ref and single-entry allOf followed to what they point at.</summary>
    private static JsonObject Resolve(JsonObject schema, JsonObject root)
    {
        if (schema["$ref"]?.GetValue<string>() is { } reference)
        {
            return Resolve(root["definitions"]![reference["#/definitions/".Length..]]!.AsObject(), root);
        }

        return schema["allOf"] is JsonArray { Count: 1 } all ? Resolve(all[0]!.AsObject(), root) : schema;
    }

    /// <summary>Every property path the schema describes: <c>name</c>, <c>name.ko</c>, <c>sources[].quote</c> …</summary>
    private static void Walk(JsonObject schema, JsonObject root, string prefix, ISet<string> paths)
    {
        var resolved = Resolve(schema, root);
        if (resolved["properties"] is JsonObject properties)
        {
            foreach (var (name, property) in properties)
            {
                paths.Add(prefix + name);
                Walk(property!.AsObject(), root, prefix + name + ".", paths);
            }
        }
        else if (resolved["items"] is JsonObject items)
        {
            Walk(items, root, prefix.TrimEnd('.') + "[].", paths);
        }
    }

    /// <summary>A document with every property of the schema, one item in each list, so the loader walks all of it.</summary>
    private static YamlNode Probe(JsonObject schema, JsonObject root)
    {
        var resolved = Resolve(schema, root);
        if (resolved["properties"] is JsonObject properties)
        {
            var mapping = new YamlMappingNode();
            foreach (var (name, property) in properties)
            {
                mapping.Add(name, Probe(property!.AsObject(), root));
            }

            return mapping;
        }

        return resolved["items"] is JsonObject items ? new YamlSequenceNode(Probe(items, root)) : new YamlScalarNode("x");
    }
}
