using Hubwatch.Content;

namespace Hubwatch.Model;

/// <summary>
/// The quotes a reader is shown from one passage of a source, and the editors' English for them. Quotes that overlap in
/// their source are one passage, so a page or a source's list may show several quotes for it, in the source's order.
/// </summary>
internal static class PassageQuotes
{
    /// <summary>The distinct quotes, whitespace squeezed, in the source's order, leaving out any inside a longer one (it says nothing the longer one does not).</summary>
    public static IReadOnlyList<string> Shown(IReadOnlyCollection<string> quotes, SeedText? text)
    {
        if (quotes.Count == 1)
        {
            return [SeedText.Normalize(quotes.First())];
        }

        var ordered = quotes
            .OrderBy(q => text?.Find(q)?.Start ?? int.MaxValue)
            .Select(SeedText.Normalize)
            .Distinct(StringComparer.Ordinal)
            .ToList();
        return [.. ordered.Where(q => !ordered.Any(other => other.Length > q.Length && other.Contains(q, StringComparison.Ordinal)))];
    }

    /// <summary>
    /// The editors' English for the shown quotes, joined as the quotes are, for a page that is not Korean; null on a
    /// Korean page, or when any of the quotes has no translation (half of a passage in English would read as all of it).
    /// </summary>
    public static string? EnglishOf(Seed? seed, IReadOnlyList<string> shown, Language language)
    {
        if (language == Language.Ko || seed is null || seed.Translations.IsEmpty)
        {
            return null;
        }

        var english = new string[shown.Count];
        for (var i = 0; i < shown.Count; i++)
        {
            if (seed.EnglishOf(shown[i]) is not { } translation)
            {
                return null;
            }

            english[i] = translation;
        }

        if (english.Length == 1)
        {
            return english[0];
        }

        // Each fragment's own ellipses mark where its sentence goes on; joined, one ellipsis between two is enough.
        var joined = string.Join(" … ", english.Select(e => e.Trim().Trim('…').Trim()));
        return (english[0].TrimStart().StartsWith('…') ? "… " : "") + joined + (english[^1].TrimEnd().EndsWith('…') ? " …" : "");
    }

}
