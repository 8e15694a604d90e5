using System.Globalization;
using System.Text;

namespace Hubwatch.Model.Search;

/// <summary>
/// Completes <c>templates/assets/search.js</c> at build time with the word lists and thresholds of
/// <see cref="SearchText"/> and <see cref="SearchQuery"/>, so the browser reads queries by the very lists the
/// generator indexes with: the script holds a marker line where the generator writes them, and no copy of its own.
/// </summary>
public static class SearchScript
{
    /// <summary>The line of <c>search.js</c> the declarations replace.</summary>
    public const string Marker = "  /* PARTICLES, PLACE_SUFFIXES, REGION_NAMES, ENGLISH_ENDINGS, the minimums, MINIMUM_COVERAGE, MAX_SHOWN and the key prefixes: written here by the generator from generator/Model/Search/SearchText.cs, SearchQuery.cs and SearchPostings.cs. */\n";

    /// <summary>Lines longer than this are broken where the items get shorter.</summary>
    private const int LineLimit = 120;

    private static readonly UTF8Encoding Utf8 = new(encoderShouldEmitUTF8Identifier: false);

    /// <summary>The script with the declarations in place of the marker; a script without the marker is left as it is.</summary>
    public static byte[] Complete(byte[] script)
    {
        var text = Utf8.GetString(script);
        var at = text.IndexOf(Marker, StringComparison.Ordinal);
        return at < 0 ? script : Utf8.GetBytes(string.Concat(text.AsSpan(0, at), Declarations(), text.AsSpan(at + Marker.Length)));
    }

    /// <summary>The JavaScript declarations of the lists and thresholds, one statement each.</summary>
    public static string Declarations() =>
        List("PARTICLES", SearchText.Particles)
        + List("PLACE_SUFFIXES", SearchText.PlaceSuffixes)
        + $"  var REGION_NAMES = [\n    {string.Join(",\n    ", SearchText.RegionNames.Select(g => "[" + string.Join(", ", g.Select(Quoted)) + "]"))}];\n"
        + List("ENGLISH_ENDINGS", SearchText.EnglishEndings)
        + $"  var MINIMUM_STEM = {SearchText.MinimumStem.ToString(CultureInfo.InvariantCulture)};\n"
        + $"  var MINIMUM_ENGLISH_STEM = {SearchText.MinimumEnglishStem.ToString(CultureInfo.InvariantCulture)};\n"
        + $"  var MINIMUM_COVERAGE = {SearchQuery.MinimumCoverage.ToString(CultureInfo.InvariantCulture)};\n"
        + $"  var MAX_SHOWN = {SearchQuery.MaxShown.ToString(CultureInfo.InvariantCulture)};\n"
        + $"  var SYLLABLE_KEY = '{SearchPostings.SyllablePrefix}';\n"
        + $"  var PLACE_KEY = '{SearchPostings.PlacePrefix}';\n";

    private static string List(string name, IReadOnlyList<string> items)
    {
        var head = $"  var {name} = [";
        var quoted = items.Select(Quoted).ToArray();
        var oneLine = head + string.Join(", ", quoted) + "];\n";
        if (oneLine.Length <= LineLimit)
        {
            return oneLine;
        }

        // One line per length of item (the lists run longest first), continuation lines indented.
        var lines = items.Select((item, i) => (item.Length, Quoted: quoted[i])).GroupBy(x => x.Length).Select(g => string.Join(", ", g.Select(x => x.Quoted)));
        return head + string.Join(",\n    ", lines) + "];\n";
    }

    /// <summary>
    /// An item in quotes. The lists are Hangul syllables or lower-case ASCII letters, so a quoted item needs no
    /// escaping; anything else is a mistake here.
    /// </summary>
    private static string Quoted(string item) =>
        item.Length > 0 && (item.All(SearchText.IsHangulSyllable) || item.All(char.IsAsciiLetterLower))
            ? $"'{item}'"
            : throw new InvalidOperationException($"'{item}': the search lists may hold only Hangul syllables or lower-case ASCII letters");
}
