using System.Collections.Immutable;
using Hubwatch.Content;
using Hubwatch.Diagnostics;
using Hubwatch.Model;

namespace Hubwatch.Validation;

/// <summary>
/// A source's <c>translations</c> give the editors' English for what its pages show of it: each quote the content
/// makes of it, and each passage that overlapping quotes make, which a page citing two of them shows whole. A
/// translation must be of one of those, word for word, and given once: a translation of anything else would never be
/// shown. Once a source has translations, each of those left without one is a warning, as English pages then show it
/// in Korean only.
/// </summary>
public static class TranslationChecker
{
    public static ImmutableArray<Diagnostic> Check(ContentIndex index) => DiagnosticBag.Collect(bag =>
    {
        foreach (var seed in index.Content.Seeds)
        {
            if (seed.Translations.IsEmpty || !index.SeedTexts.TryGetValue(seed.Id, out var text))
            {
                continue;
            }

            var facts = index.CitationsBySeed.GetValueOrDefault(seed.Id) ?? [];
            var quotes = facts
                .Select(f => (Quote: SeedText.Normalize(f.Citation.Quote), f.Citation.Where))
                .DistinctBy(q => q.Quote)
                .ToDictionary(q => q.Quote, q => q.Where, StringComparer.Ordinal);
            var passages = new Dictionary<string, SourceLocation>(StringComparer.Ordinal);
            foreach (var highlight in SourceAnnotations.Annotate(text, facts).Highlights)
            {
                var passage = highlight.Passage(seed.Text);
                if (!quotes.ContainsKey(passage))
                {
                    passages.TryAdd(passage, highlight.CitedBy[0].Citation.Where);
                }
            }

            var translated = new Dictionary<string, PassageTranslation>(StringComparer.Ordinal);
            foreach (var translation in seed.Translations)
            {
                if (translated.TryGetValue(translation.Korean, out var first))
                {
                    bag.Error(translation.Where, $"this passage is translated twice (first at line {first.Where.Line})", "keep one translation of it");
                }
                else if (!quotes.ContainsKey(translation.Korean) && !passages.ContainsKey(translation.Korean))
                {
                    bag.Error(translation.Where, $"no record cites this passage from {seed.Id}, so its translation would not be shown",
                        Suggest.Hint(translation.Korean, quotes.Keys.Concat(passages.Keys)) ?? "ko is a quote as a record cites it, word for word, or the passage that overlapping quotes make");
                }

                translated.TryAdd(translation.Korean, translation);
            }

            foreach (var (quote, where) in quotes)
            {
                if (!translated.ContainsKey(quote))
                {
                    bag.Warning(where, $"this passage of {seed.Id} has no English translation, while others of that source have: English pages show it in Korean only",
                        $"add it to the translations in seeds/{seed.Id}.yaml");
                }
            }

            foreach (var (passage, where) in passages)
            {
                if (!translated.ContainsKey(passage))
                {
                    bag.Warning(where, $"quotes of {seed.Id} overlap here, making the passage \"{passage}\", which has no English translation as a whole: English pages that cite two of the quotes show it in Korean only",
                        $"add the passage to the translations in seeds/{seed.Id}.yaml");
                }
            }
        }
    });
}
