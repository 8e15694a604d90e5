using FsCheck;
using FsCheck.Fluent;

namespace Hubwatch.Fuzz;

/// <summary>Input generators biased towards what the parsers must handle: amount-like text, date-like text, broken YAML.</summary>
public static class Generators
{
    private static readonly string[] AmountPieces = ["0", "1", "9", "14", ".", "1,770", ",", "조", "억", "만", "천", "원", " ", "  ", "-", "+", "e5", "٣", "１", "\t", "99999999999", "0.0001", "억원", "조 ", "\u00a0"];

    private static readonly string[] DatePieces = ["2023", "-", "02", "29", "30", "13", "00", "1899", "2100", "11", "20", " ", "/", "T", "Z", "9999"];

    private static readonly string[] YamlNoise =
    [
        "{", "}", "[", "]", ":", ": ", "- ", "\n", "\n  ", "\t", "'", "\"", "&a ", "*a", "!!binary ", "!!int ", "? ", "|", ">-", "#", "---\n", "...\n",
        "~", "null", "true", "1e999", "\u0000", "\uFEFF", "\u200B", "한", "ㅎㅏㄴ", "<script>", "%", "@", "`", ",", "<<: *a\n",
    ];

    /// <summary>Pieces of the surfaces hardened last: nesting, YAML tags and anchors, links out of the base path, invisible characters.</summary>
    private static readonly string[] SurfacePieces =
    [
        "> ", ">", "- ", "  - ", "1. ", "* ", "*", "_", "~~", "**", "[", "]", "{", "}", "[a](", "](/../", "../", "//h/", "/hubs/", "/hubs/hanbit/", ")", "(",
        "!!str ", "!x ", "&a ", "*a ", "? ", ": ", "%YAML 1.2\n---\n", "%TAG ! tag:x,2000:\n", "```\n", "~~~\n", "    ", "\n", "\n\n", "\u202e", "\u2066", "\u200b",
        "한", "x ", "title: ", "ko: ", "en: ", "|\n  ", "#", "<", "&", "\\",
    ];

    public static Gen<string> Amounts() => Pieces(AmountPieces, 8);

    public static Gen<string> Dates() => Pieces(DatePieces, 6);

    /// <summary>A valid content file with a few random edits: pieces of YAML syntax inserted, lines cut or repeated.</summary>
    public static Gen<string> MutatedYaml(IReadOnlyList<string> valid) =>
        from file in Gen.Elements(valid.ToArray())
        from edits in Gen.Choose(1, 6)
        from positions in Gen.Choose(0, 10_000).ArrayOf(edits)
        from noise in Gen.Elements(YamlNoise).ArrayOf(edits)
        from kinds in Gen.Choose(0, 3).ArrayOf(edits)
        select Mutate(file, positions, noise, kinds);

    /// <summary>Runs of surface pieces, each repeated up to 300 times, so nesting limits are met and passed.</summary>
    public static Gen<string> Surfaces() =>
        from count in Gen.Choose(1, 8)
        from chosen in Gen.Elements(SurfacePieces).ArrayOf(count)
        from repeats in Gen.Choose(1, 300).ArrayOf(count)
        select string.Concat(chosen.Zip(repeats, (piece, n) => string.Concat(Enumerable.Repeat(piece, n))));

    /// <summary>A valid content file with a run of surface pieces inserted at a random place.</summary>
    public static Gen<string> YamlWithSurface(IReadOnlyList<string> valid) =>
        from file in Gen.Elements(valid.ToArray())
        from at in Gen.Choose(0, 10_000)
        from surface in Surfaces()
        select file.Insert(at % (file.Length + 1), surface);

    private static Gen<string> Pieces(string[] pieces, int maxLength) =>
        from count in Gen.Choose(0, maxLength)
        from chosen in Gen.Elements(pieces).ArrayOf(count)
        select string.Concat(chosen);

    private static string Mutate(string text, int[] positions, string[] noise, int[] kinds)
    {
        for (var i = 0; i < positions.Length; i++)
        {
            var at = text.Length == 0 ? 0 : positions[i] % text.Length;
            text = kinds[i] switch
            {
                0 => text.Insert(at, noise[i]),
                1 => text.Remove(at, Math.Min(noise[i].Length + 3, text.Length - at)),
                2 => text[..at] + noise[i] + text[Math.Min(text.Length, at + 1)..],
                _ => DuplicateLine(text, at),
            };
        }

        return text;
    }

    private static string DuplicateLine(string text, int at)
    {
        var start = text.LastIndexOf('\n', Math.Max(0, at - 1)) + 1;
        var end = text.IndexOf('\n', at);
        end = end < 0 ? text.Length : end;
        return text.Insert(start, text[start..end] + "\n");
    }
}
