using System.Collections.Frozen;
using System.Collections.Immutable;
using Hubwatch.Content;
using Hubwatch.Diagnostics;

namespace Hubwatch.Validation;

/// <summary>
/// Every quote must appear verbatim in its seed, whitespace aside: in both, a run of spaces, tabs and line breaks
/// counts as one space, and the quote's leading and trailing whitespace does not count. A space where the seed has
/// none, or none where it has one, is a difference. Otherwise the nearest passage is shown, and where they part.
/// </summary>
public static class CitationChecker
{
    /// <summary>Every citation the content makes.</summary>
    public static ImmutableArray<Diagnostic> Check(ContentIndex index) =>
        [.. index.CitationsPerKind.SelectMany(facts => Check(facts, index.SeedTexts))];

    /// <summary>The citations of one kind of record, against the seeds' texts.</summary>
    public static ImmutableArray<Diagnostic> Check(ImmutableArray<CitedFact> facts, IReadOnlyDictionary<Id<Seed>, SeedText> seeds) =>
        DiagnosticBag.Collect(bag => Parallel.ForEach(facts, fact => CheckOne(fact.Citation, seeds, bag)));

    /// <summary>The citations of each of many records (<paramref name="factsOf"/> lists one record's), one list of diagnostics per record, the records checked side by side.</summary>
    public static IReadOnlyList<ImmutableArray<Diagnostic>> CheckEach<T>(IReadOnlyList<T> records, Func<T, CitedFact[]> factsOf, IReadOnlyDictionary<Id<Seed>, SeedText> seeds) =>
        records.AsParallel().AsOrdered().Select(record => DiagnosticBag.Collect(bag =>
        {
            foreach (var fact in factsOf(record))
            {
                CheckOne(fact.Citation, seeds, bag);
            }
        })).ToArray();

    private static void CheckOne(Citation citation, IReadOnlyDictionary<Id<Seed>, SeedText> seeds, DiagnosticBag bag)
    {
        if (string.IsNullOrWhiteSpace(citation.Quote))
        {
            bag.Error(citation.Where, "quote is empty", "copy the passage that states the fact from the seed, word for word");
            return;
        }

        if (!seeds.TryGetValue(citation.Seed, out var seed))
        {
            return; // reported by ReferenceChecker
        }

        if (seed.Find(citation.Quote) is not null)
        {
            return;
        }

        var (passage, at) = seed.Nearest(citation.Quote);
        var quote = SeedText.Normalize(citation.Quote);
        bag.Error(citation.Where, $"quote not found in seed {citation.Seed}", $"nearest passage: \"{passage}\"{Difference(quote, passage, at)}");
    }

    /// <summary>Where the quote and the nearest passage part ways; when only their spacing differs, which one has the extra space.</summary>
    private static string Difference(string quote, string passage, int at)
    {
        if (at > 0 && at < quote.Length && at < passage.Length && WithoutSpaces(quote) == WithoutSpaces(passage))
        {
            // Both are squeezed to single spaces and equal without them, so one of the two has a space here.
            var (inQuote, inSeed) = (Word(quote, at), Word(passage, at));
            return quote[at] == ' '
                ? $"; only the spacing differs: the quote has a space at character {at + 1} where the seed has none ('{inQuote}' in the quote, '{inSeed}' in the seed)"
                : $"; only the spacing differs: the seed has a space or line break at character {at + 1} where the quote has none ('{inQuote}' in the quote, '{inSeed}' in the seed)";
        }

        return at < quote.Length && at < passage.Length
            ? $"; they differ at character {at + 1}: the quote has '{Excerpt(quote, at)}', the seed has '{Excerpt(passage, at)}'{LookAlikes(quote, passage, at)}"
            : at < quote.Length ? $"; the quote goes on past the seed's passage at character {at + 1}" : "";
    }

    /// <summary>
    /// Where the two differ by marks that look alike on screen (' and ‘, · and ㆍ), which characters they are: the excerpts
    /// alone would show the editor two equal strings.
    /// </summary>
    private static string LookAlikes(string quote, string passage, int at)
    {
        var (inQuote, inSeed) = (quote[at], passage[at]);
        if (char.IsLetterOrDigit(inQuote) && char.IsLetterOrDigit(inSeed) && !(IsMark(inQuote) || IsMark(inSeed)))
        {
            return "";
        }

        return $" (the quote has {Named(inQuote)} where the seed has {Named(inSeed)})";
    }

    /// <summary>Hangul letters that are used as marks: ㆍ (araea) for a middle dot, ㅡ for a dash.</summary>
    private static bool IsMark(char c) => c is 'ㆍ' or 'ㅡ';

    private static string Named(char c) => $"U+{(int)c:X4}" + (MarkNames.TryGetValue(c, out var name) ? $" {name}" : "") + $" '{c}'";

    /// <summary>The names of marks most often swapped when text is copied or typed again.</summary>
    private static readonly FrozenDictionary<char, string> MarkNames = new Dictionary<char, string>
    {
        ['\''] = "APOSTROPHE",
        ['"'] = "QUOTATION MARK",
        ['‘'] = "LEFT SINGLE QUOTATION MARK",
        ['’'] = "RIGHT SINGLE QUOTATION MARK",
        ['“'] = "LEFT DOUBLE QUOTATION MARK",
        ['”'] = "RIGHT DOUBLE QUOTATION MARK",
        ['·'] = "MIDDLE DOT",
        ['ㆍ'] = "HANGUL LETTER ARAEA",
        ['・'] = "KATAKANA MIDDLE DOT",
        ['•'] = "BULLET",
        ['-'] = "HYPHEN-MINUS",
        ['–'] = "EN DASH",
        ['—'] = "EM DASH",
        ['ㅡ'] = "HANGUL LETTER EU",
        ['~'] = "TILDE",
        ['∼'] = "TILDE OPERATOR",
        ['〜'] = "WAVE DASH",
        ['～'] = "FULLWIDTH TILDE",
        ['△'] = "WHITE UP-POINTING TRIANGLE",
        ['▲'] = "BLACK UP-POINTING TRIANGLE",
    }.ToFrozenDictionary();

    private static string Excerpt(string text, int at) => text.Substring(at, Math.Min(8, text.Length - at));

    private static string WithoutSpaces(string text) => text.Replace(" ", "", StringComparison.Ordinal);

    /// <summary>The words around a place where the spacing differs: from the space before it to the next space after it.</summary>
    private static string Word(string text, int at)
    {
        var start = text.LastIndexOf(' ', at - 1) + 1;
        var end = text.IndexOf(' ', text[at] == ' ' ? at + 1 : at);
        return text[start..(end < 0 ? text.Length : end)];
    }
}
