using System.Collections.Immutable;
using Hubwatch.Content;
using Hubwatch.Diagnostics;

namespace Hubwatch.Validation;

/// <summary>
/// A source's <c>translations</c> give the editors' English for the passages the content cites from it. Each must be
/// of a quote that a record cites from that source, word for word, and given once: a translation of anything else
/// would never be shown. Once a source has translations, a quote of it without one is a warning at the citation, as
/// English pages then show that passage in Korean only.
/// </summary>
public static class TranslationChecker
{
    public static ImmutableArray<Diagnostic> Check(ContentIndex index) => DiagnosticBag.Collect(bag =>
    {
        foreach (var seed in index.Content.Seeds)
        {
            if (seed.Translations.IsEmpty)
            {
                continue;
            }

            var facts = index.CitationsBySeed.GetValueOrDefault(seed.Id) ?? [];
            var cited = facts.Select(f => SeedText.Normalize(f.Citation.Quote)).ToHashSet(StringComparer.Ordinal);
            var translated = new Dictionary<string, PassageTranslation>(StringComparer.Ordinal);
            foreach (var translation in seed.Translations)
            {
                if (translated.TryGetValue(translation.Korean, out var first))
                {
                    bag.Error(translation.Where, $"this passage is translated twice (first at line {first.Where.Line})", "keep one translation of it");
                }
                else if (!cited.Contains(translation.Korean))
                {
                    bag.Error(translation.Where, $"no record cites this passage from {seed.Id}, so its translation would not be shown",
                        Suggest.Hint(translation.Korean, cited) ?? "ko is a quote as a record cites it, word for word");
                }

                translated.TryAdd(translation.Korean, translation);
            }

            foreach (var fact in facts.DistinctBy(f => SeedText.Normalize(f.Citation.Quote)))
            {
                if (!translated.ContainsKey(SeedText.Normalize(fact.Citation.Quote)))
                {
                    bag.Warning(fact.Citation.Where, $"this passage of {seed.Id} has no English translation, while others of that source have: English pages show it in Korean only",
                        $"add it to the translations in seeds/{seed.Id}.yaml");
                }
            }
        }
    });
}
