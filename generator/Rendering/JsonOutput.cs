using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Unicode;

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
