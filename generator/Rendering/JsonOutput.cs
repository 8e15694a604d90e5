using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization;
using System.Text.Unicode;
using Hubwatch.Model.Search;

namespace Hubwatch.Rendering;

/// <summary>How the generator writes JSON: snake_case names, Korean left readable, and the characters that matter in HTML (<c>&lt; &gt; &amp; '</c>) always escaped.</summary>
public static class JsonOutput
{
    /// <summary>
    /// The built-in JavaScript encoder escapes HTML-sensitive characters whatever ranges it allows, so JSON
    /// written with it can sit inside a <c>&lt;script&gt;</c> element: <c>&lt;/script&gt;</c> in data becomes <c>\u003C/script\u003E</c>.
    /// </summary>
    public static readonly JavaScriptEncoder Encoder = JavaScriptEncoder.Create(UnicodeRanges.All);

    /// <summary>Compact: the open data is read by programs, and at thousands of records indentation alone weighs tens of megabytes.</summary>
    public static readonly JsonSerializerOptions Options = new()
    {
        Encoder = Encoder,
        PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseLower,
    };
}

/// <summary>
/// The types the generator writes with <see cref="JsonSerializer"/>, their code generated at compile time: the
/// generator compiled ahead of time has no code made at run time (<c>build.sh</c>). Used as <see cref="Types"/>, with
/// <see cref="JsonOutput.Options"/>.
/// </summary>
[JsonSerializable(typeof(SearchManifest))]
[JsonSerializable(typeof(Dictionary<string, int[]>))]
[JsonSerializable(typeof(SearchEntry[]))]
[JsonSerializable(typeof(IReadOnlyDictionary<string, int[]>))]
[JsonSerializable(typeof(IReadOnlyList<SearchEntry>))]
[JsonSerializable(typeof(NarrowTotalsFile))]
// The kinds of value a NarrowTotalsFile's object[] holds; another kind there would fail when written.
[JsonSerializable(typeof(int))]
[JsonSerializable(typeof(long))]
[JsonSerializable(typeof(string))]
internal sealed partial class JsonTypes : JsonSerializerContext
{
    /// <summary>The generated code, writing as <see cref="JsonOutput.Options"/> says.</summary>
    public static JsonTypes Types { get; } = new(new JsonSerializerOptions(JsonOutput.Options));
}

/// <summary>A list's totals file (<see cref="NarrowTotalsWriter"/>): each total as an array, and the choices that name them.</summary>
internal sealed record NarrowTotalsFile(IEnumerable<object[]> Totals, IReadOnlyDictionary<string, int> Choices);
