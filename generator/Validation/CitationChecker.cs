using System.Collections.Immutable;
using Hubwatch.Content;
using Hubwatch.Diagnostics;

namespace Hubwatch.Validation;

/// <summary>Every quote must appear verbatim (whitespace aside) in its seed; otherwise the nearest passage is shown.</summary>
/// <remarks>
/// What a kind's citations give depends on them and the seeds only, so it is kept per array of citations
/// (the same instance while the kind's records are unchanged) and used again while the seeds are the same.
/// </remarks>
public static class CitationChecker
{
    private static readonly PerArray<CitedFact, Checked> Kept = new();

    public static void Check(ContentIndex index, DiagnosticBag bag)
    {
        foreach (var facts in index.CitationsPerKind)
        {
            var result = Kept.Of(facts, kept => ReferenceEquals(kept.SeedTexts, index.SeedTexts), () => CheckAll(facts, index));
            bag.AddRange(result.Diagnostics);
        }
    }

    private static Checked CheckAll(ImmutableArray<CitedFact> facts, ContentIndex index)
    {
        return new Checked(index.SeedTexts, DiagnosticBag.Collect(own => Parallel.ForEach(facts, fact => CheckOne(fact.Citation, index, own))));
    }

    private static void CheckOne(Citation citation, ContentIndex index, DiagnosticBag bag)
    {
        if (string.IsNullOrWhiteSpace(citation.Quote))
        {
            bag.Error(citation.Where, "quote is empty", "copy the passage that states the fact from the seed, word for word");
            return;
        }

        if (!index.SeedTexts.TryGetValue(citation.Seed, out var seed))
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

    /// <summary>The diagnostics of a kind's citations, and the seeds they were checked against.</summary>
    private sealed record Checked(IReadOnlyDictionary<string, SeedText> SeedTexts, ImmutableArray<Diagnostic> Diagnostics);
}
