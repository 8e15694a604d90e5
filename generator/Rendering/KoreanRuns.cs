using System.Text;
using System.Text.Encodings.Web;
using System.Text.RegularExpressions;

namespace Hubwatch.Rendering;

/// <summary>
/// The runs of Korean in an English text (a quoted term, an amount as the source writes it, a name's gloss): an
/// English page marks each <c>lang="ko"</c>, so a screen reader reads it in Korean.
/// </summary>
internal static partial class KoreanRuns
{
    /// <summary>A run of Hangul, words joined by a space or a middle dot ("기투자", "전북 금융중심지").</summary>
    [GeneratedRegex("[가-힣ㄱ-ㆎ]+(?:[ ·][가-힣ㄱ-ㆎ]+)*")]
    public static partial Regex Pattern();

    /// <summary>Writes <paramref name="text"/>, each run of Korean inside <c>&lt;span lang="ko"&gt;</c>: text through <paramref name="writeText"/>, which escapes it, markup through <paramref name="writeMarkup"/>.</summary>
    public static void Write(string text, Action<string> writeText, Action<string> writeMarkup)
    {
        var at = 0;
        foreach (Match run in Pattern().Matches(text))
        {
            writeText(text[at..run.Index]);
            writeMarkup("<span lang=\"ko\">");
            writeText(run.Value);
            writeMarkup("</span>");
            at = run.Index + run.Length;
        }

        writeText(text[at..]);
    }

    /// <summary>The text as HTML, escaped by <paramref name="encoder"/>, each run of Korean marked: for an element's text, never an attribute's value.</summary>
    public static string Html(string text, HtmlEncoder encoder)
    {
        var result = new StringBuilder(text.Length + 32);
        Write(text, part => result.Append(encoder.Encode(part)), markup => result.Append(markup));
        return result.ToString();
    }
}
