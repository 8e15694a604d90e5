using Hubwatch.Content;
using Hubwatch.Model.Search;

namespace Hubwatch.Model;

/// <summary>
/// Which of the portal's languages a text of unknown language (a commit's subject) is written in, so that a page can
/// mark it with <c>lang</c> and a screen reader reads it in that language. A Hangul syllable carries about as much as
/// three Latin letters, so a text is Korean when its syllables are at least a third as many as its letters: "전주시 MOU
/// 체결" is Korean, "Budget 12.5억원 for Hanbit" is English.
/// </summary>
public static class WrittenLanguage
{
    /// <summary>The text's language, or null when it has no letters to tell by.</summary>
    public static Language? Of(string text)
    {
        int syllables = 0, letters = 0;
        foreach (var c in text)
        {
            if (SearchText.IsHangulSyllable(c))
            {
                syllables++;
            }
            else if (char.IsAsciiLetter(c))
            {
                letters++;
            }
        }

        return syllables == 0 && letters == 0 ? null : syllables * 3 >= letters ? Language.Ko : Language.En;
    }

    /// <summary>The <c>lang</c> a text needs on a page of <paramref name="page"/>: its language's code when that differs, else null.</summary>
    public static string? LangOn(string text, Language page) =>
        Of(text) is { } written && written != page ? written.Code() : null;
}
