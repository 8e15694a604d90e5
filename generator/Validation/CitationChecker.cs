using System.Collections.Immutable;
using Hubwatch.Content;
using Hubwatch.Diagnostics;

namespace Hubwatch.Validation;

/// <summary>Every quote must appear verbatim (whitespace aside) in its seed; otherwise the nearest passage is shown.</summary>
public static class CitationChecker
{
    /// <summary>Every citation the content makes.</summary>
    public static ImmutableArray<Diagnostic> Check(ContentIndex index) =>
        [.. index.CitationsPerKind.SelectMany(facts => Check(facts, index.SeedTexts))];

    /// <summary>The citations of one kind of record, against the seeds' texts.</summary>
    public static ImmutableArray<Diagnostic> Check(ImmutableArray<CitedFact> facts, IReadOnlyDictionary<Id<Seed>, SeedText> seeds) =>
        DiagnosticBag.Collect(bag => Parallel.ForEach(facts, fact => CheckOne(fact.Citation, seeds, bag)));

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
        var difference = at < quote.Length && at < passage.Length
            ? $"; they differ at character {at + 1}: the quote has '{Excerpt(quote, at)}', the seed has '{Excerpt(passage, at)}'"
            : at < quote.Length ? $"; the quote goes on past the seed's passage at character {at + 1}" : "";
        bag.Error(citation.Where, $"quote not found in seed {citation.Seed}", $"nearest passage: \"{passage}\"{difference}");
    }

    private static string Excerpt(string text, int at) => text.Substring(at, Math.Min(8, text.Length - at));
}
