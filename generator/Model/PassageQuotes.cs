using Hubwatch.Content;

namespace Hubwatch.Model;

/// <summary>
/// What a reader is shown of one passage of a source, and the editors' English for it. Quotes that overlap in their
/// source are one passage (one highlight), so a page may cite several quotes of it: it shows each, in the source's
/// order, unless two of them overlap, when it shows the passage they make instead, so that no words are shown twice,
/// in Korean or in translation.
/// </summary>
internal static class PassageQuotes
{
    /// <summary>
    /// The texts to show for the quotes a page cites from one passage (<paramref name="highlight"/> of <paramref name="text"/>),
    /// whitespace squeezed: the quotes in the source's order, leaving out any inside a longer one (it says nothing the
    /// longer one does not); or, where two of them overlap, the whole passage.
    /// </summary>
    public static IReadOnlyList<string> Shown(IReadOnlyCollection<string> quotes, SeedText? text, Highlight? highlight)
    {
        if (quotes.Count == 1)
        {
            return [SeedText.Normalize(quotes.First())];
        }

        var located = quotes
            .Select(q => (Quote: SeedText.Normalize(q), Span: text?.Find(q) ?? (int.MaxValue, int.MaxValue)))
            .DistinctBy(q => q.Quote, StringComparer.Ordinal)
            .OrderBy(q => q.Span.Item1)
            .ToList();
        var shown = located.Where(q => !located.Any(other => other.Quote.Length > q.Quote.Length && other.Quote.Contains(q.Quote, StringComparison.Ordinal))).ToList();
        for (var i = 1; i < shown.Count; i++)
        {
            if (shown[i].Span.Item1 < shown[i - 1].Span.Item2 && text is not null && highlight is not null)
            {
                return [highlight.Passage(text.Original)];
            }
        }

        return [.. shown.Select(q => q.Quote)];
    }

    /// <summary>
    /// The editors' English for the shown texts, joined as they are, for a page that is not Korean; null on a Korean
    /// page, or when any of them has no translation (half of what is shown in English would read as all of it).
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
