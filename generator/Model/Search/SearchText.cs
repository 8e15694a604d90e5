using System.Globalization;
using System.Text;

namespace Hubwatch.Model.Search;

/// <summary>
/// How search reads text. <c>templates/assets/search.js</c> implements the same rules for queries, so the
/// terms the generator indexes are the terms the script looks up; a change to the rules here must be made there
/// too. The word lists and <see cref="MinimumStem"/> are not copied: the build writes them into the script (<see cref="SearchScript"/>).
/// <list type="bullet">
/// <item>Hangul is cut into runs of syllables and indexed as overlapping two-syllable terms (bigrams), so
/// <c>연금공단</c> finds <c>국민연금공단</c> without knowing where Korean words begin; a one-syllable run is kept whole.</item>
/// <item>Other letters and digits form words, folded to lower case without accents (<c>Séoul</c> → <c>seoul</c>),
/// matched by prefix.</item>
/// <item>A query word may end in particles (<c>전주시가</c>, <c>공단에서는</c>) and a place name may carry its
/// administrative suffix (<c>전주시</c>, <c>전북특별자치도</c>); both are tried with and without them.</item>
/// </list>
/// </summary>
public static class SearchText
{
    /// <summary>Particles that follow a noun, longest first; one or two may end a query word.</summary>
    public static readonly IReadOnlyList<string> Particles =
    [
        "에서", "에게", "께서", "으로", "부터", "까지", "처럼", "보다", "이나", "하고",
        "은", "는", "이", "가", "을", "를", "의", "에", "와", "과", "도", "로", "만",
    ];

    /// <summary>Administrative suffixes of Korean place names, longest first: 전주시 is the place 전주.</summary>
    public static readonly IReadOnlyList<string> PlaceSuffixes =
        ["특별자치도", "특별자치시", "특별시", "광역시", "시", "군", "구", "도", "읍", "면", "동"];

    /// <summary>
    /// English endings a query word may carry, longest first: <c>pensions</c> is looked up as <c>pension</c> too, and since
    /// words match by prefix, <c>studies</c> → <c>stud</c> finds <c>study</c>.
    /// </summary>
    public static readonly IReadOnlyList<string> EnglishEndings = ["ing", "ies", "es", "ed", "s"];

    /// <summary>An English stem must keep at least this many letters, so <c>pens</c> is never read as <c>pen</c>.</summary>
    public const int MinimumEnglishStem = 4;

    /// <summary>
    /// The official and short names of provinces, each group one place: 충청북도 is 충북, and 전라북도 became
    /// 전북특별자치도. A query for one name finds a hub whose place is written as another.
    /// </summary>
    public static readonly IReadOnlyList<IReadOnlyList<string>> RegionNames =
    [
        ["충청북도", "충북"], ["충청남도", "충남"], ["전북특별자치도", "전라북도", "전북"], ["전라남도", "전남"],
        ["경상북도", "경북"], ["경상남도", "경남"], ["강원특별자치도", "강원도", "강원"], ["경기도", "경기"],
        ["제주특별자치도", "제주도", "제주"], ["세종특별자치시", "세종"], ["서울특별시", "서울"], ["부산광역시", "부산"],
        ["대구광역시", "대구"], ["인천광역시", "인천"], ["광주광역시", "광주"], ["대전광역시", "대전"], ["울산광역시", "울산"],
    ];

    /// <summary>A stem must keep at least this many syllables, so 국가 is never read as 국 + 가.</summary>
    public const int MinimumStem = 2;

    public static bool IsHangulSyllable(char c) => c is >= '\uAC00' and <= '\uD7A3';

    public static bool IsHangulSyllable(Rune rune) => rune.IsBmp && IsHangulSyllable((char)rune.Value);

    /// <summary>Cuts text into Hangul runs and folded words, in order. Lone jamo (ㅈ, typed half-way through a syllable) are ignored.</summary>
    public static IReadOnlyList<SearchToken> Tokenize(string text)
    {
        var tokens = new List<SearchToken>();
        var current = new StringBuilder();
        var currentIsHangul = false;

        void Flush()
        {
            if (current.Length > 0)
            {
                tokens.Add(new SearchToken(current.ToString(), currentIsHangul));
                current.Clear();
            }
        }

        foreach (var rune in text.Normalize(NormalizationForm.FormC).EnumerateRunes())
        {
            // Compatibility characters may fold to Hangul (㈜ is (주)), so Hangul is recognised after folding.
            foreach (var folded in IsHangulSyllable(rune) ? [rune] : Fold(rune).EnumerateRunes().ToArray())
            {
                var isHangul = IsHangulSyllable(folded);
                if (!isHangul && (!Rune.IsLetterOrDigit(folded) || IsJamo(folded)))
                {
                    Flush();
                    continue;
                }

                if (current.Length > 0 && isHangul != currentIsHangul)
                {
                    Flush();
                }

                currentIsHangul = isHangul;
                current.Append(folded.ToString());
            }
        }

        Flush();
        return tokens;
    }

    /// <summary>
    /// A character as search compares it: compatibility-decomposed (<c>Ａ</c> → <c>A</c>, <c>㈜</c> → <c>(주)</c>),
    /// without combining marks (<c>é</c> → <c>e</c>), recomposed so Hangul is syllables again, in lower case.
    /// </summary>
    public static string Fold(Rune rune)
    {
        var stripped = new StringBuilder();
        foreach (var part in rune.ToString().Normalize(NormalizationForm.FormKD).EnumerateRunes())
        {
            var category = Rune.GetUnicodeCategory(part);
            if (category is not (UnicodeCategory.NonSpacingMark or UnicodeCategory.SpacingCombiningMark or UnicodeCategory.EnclosingMark))
            {
                stripped.Append(part.ToString());
            }
        }

        var folded = new StringBuilder();
        foreach (var part in stripped.ToString().Normalize(NormalizationForm.FormC).EnumerateRunes())
        {
            folded.Append(Rune.ToLowerInvariant(part).ToString());
        }

        return folded.ToString();
    }

    /// <summary>The terms a text is indexed under: Hangul bigrams (or the syllable of a one-syllable run) and folded words.</summary>
    public static IEnumerable<string> Terms(string text) =>
        Tokenize(text).SelectMany(token => token.IsHangul ? Grams(token.Text) : [token.Text]);

    /// <summary>The distinct bigrams of a Hangul run in order of appearance, or the run itself when it is one syllable.</summary>
    public static IReadOnlyList<string> Grams(string hangul)
    {
        if (hangul.Length < 2)
        {
            return [hangul];
        }

        var grams = new List<string>();
        for (var i = 0; i + 1 < hangul.Length; i++)
        {
            var gram = hangul.Substring(i, 2);
            if (!grams.Contains(gram, StringComparer.Ordinal))
            {
                grams.Add(gram);
            }
        }

        return grams;
    }

    /// <summary>
    /// The forms a Hangul query word is tried in: as typed, then without one and two trailing particles
    /// (<c>전주시에서는</c> → <c>전주시에서</c> → <c>전주시</c>), each keeping at least two syllables.
    /// </summary>
    public static IReadOnlyList<string> Variants(string hangul)
    {
        var variants = new List<string> { hangul };
        var current = hangul;
        for (var round = 0; round < 2; round++)
        {
            var particle = Particles.FirstOrDefault(p => current.EndsWith(p, StringComparison.Ordinal) && current.Length - p.Length >= MinimumStem);
            if (particle is null)
            {
                break;
            }

            current = current[..^particle.Length];
            variants.Add(current);
        }

        return variants;
    }

    /// <summary>Place names a query word may mean once its administrative suffix is dropped: <c>전주시가</c> → <c>전주</c>.</summary>
    public static IReadOnlyList<string> PlaceStems(string hangul)
    {
        var stems = new List<string>();
        foreach (var variant in Variants(hangul))
        {
            var suffix = PlaceSuffixes.FirstOrDefault(s => variant.EndsWith(s, StringComparison.Ordinal) && variant.Length - s.Length >= MinimumStem);
            if (suffix is not null && !stems.Contains(variant[..^suffix.Length], StringComparer.Ordinal))
            {
                stems.Add(variant[..^suffix.Length]);
            }
        }

        return stems;
    }

    /// <summary>The forms an English query word is tried in: as typed, then without each ending it carries (<c>investments</c> → <c>investment</c>).</summary>
    public static IReadOnlyList<string> EnglishVariants(string word)
    {
        var variants = new List<string> { word };
        foreach (var ending in EnglishEndings)
        {
            if (word.EndsWith(ending, StringComparison.Ordinal) && word.Length - ending.Length >= MinimumEnglishStem && !variants.Contains(word[..^ending.Length], StringComparer.Ordinal))
            {
                variants.Add(word[..^ending.Length]);
            }
        }

        return variants;
    }

    /// <summary>Every name of the province a Hangul query word names, once its particles are dropped: 충북에서 → 충청북도, 충북.</summary>
    public static IReadOnlyList<string> RegionNamesOf(string hangul)
    {
        var names = new List<string>();
        foreach (var variant in Variants(hangul))
        {
            foreach (var group in RegionNames.Where(g => g.Contains(variant, StringComparer.Ordinal)))
            {
                names.AddRange(group.Where(name => !names.Contains(name, StringComparer.Ordinal)));
            }
        }

        return names;
    }

    /// <summary>Hangul jamo standing alone: what an input method shows before a syllable is complete.</summary>
    private static bool IsJamo(Rune rune) => rune.Value is >= 0x1100 and <= 0x11FF or >= 0x3131 and <= 0x318E or >= 0xA960 and <= 0xA97F or >= 0xD7B0 and <= 0xD7FF;
}
