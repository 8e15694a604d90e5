using System.Collections.Frozen;
using System.Collections.Immutable;
using System.Text.RegularExpressions;

namespace Hubwatch.Validation;

/// <summary>
/// Finds words in Korean text that name an organisation: a company marked ㈜ or (주), a ministry, a
/// province, a city or county, or a name ending in what Korean institutions end in (공단, 재단,
/// 진흥원, 대학교, 은행 …). It errs on the side of silence: a word is only taken for an organisation
/// when its ending leaves little doubt, because each hit becomes a warning an editor has to read.
/// </summary>
public static partial class OrganisationNames
{
    /// <summary>Endings of institution names, each with the shortest name (in syllables) it is trusted on.</summary>
    private static readonly ImmutableArray<(string Ending, int MinLength)> Endings =
    [
        ("공단", 3), ("공사", 5), ("재단", 4), ("진흥원", 4), ("기술원", 5), ("연구원", 6), ("융합원", 5),
        ("대학교", 4), ("병원", 5), ("은행", 4), ("위원회", 5), ("의회", 4), ("상공회의소", 5),
        ("테크노파크", 6), ("자산운용", 6), ("구역청", 5), ("대사관", 5), ("시청", 4), ("도청", 4), ("군청", 4),
    ];

    /// <summary>The ministries by their full and their usual short names; '-부' alone is too common an ending to trust.</summary>
    private static readonly FrozenSet<string> Ministries = FrozenSet.Create(StringComparer.Ordinal,
    [
        "기획재정부", "기재부", "교육부", "과학기술정보통신부", "과기정통부", "과기부", "외교부", "통일부", "법무부", "국방부",
        "행정안전부", "행안부", "국가보훈부", "보훈부", "문화체육관광부", "문체부", "농림축산식품부", "농식품부", "산업통상자원부",
        "산업부", "산자부", "보건복지부", "복지부", "환경부", "고용노동부", "노동부", "여성가족부", "여가부", "국토교통부", "국토부",
        "해양수산부", "해수부", "중소벤처기업부", "중기부",
    ]);

    /// <summary>Provinces, as in 전북도 or 충청북도: the ending 도 is only a province after one of these.</summary>
    private static readonly FrozenSet<string> Provinces = FrozenSet.Create(StringComparer.Ordinal,
    [
        "경기", "강원", "충북", "충남", "전북", "전남", "경북", "경남", "제주",
        "충청북", "충청남", "전라북", "전라남", "경상북", "경상남", "전북특별자치", "강원특별자치", "제주특별자치",
    ]);

    /// <summary>Three-syllable words ending in 시 or 군 that are not places ("when needed", "new town", "air force" …).</summary>
    private static readonly FrozenSet<string> NotPlaces = FrozenSet.Create(StringComparer.Ordinal,
    [
        "신도시", "필요시", "사용시", "이용시", "발생시", "지정시", "선정시", "미실시", "재실시", "재개시", "불가시",
        "연합군", "동맹군", "정부군", "반란군", "후보군", "상위군", "하위군",
    ]);

    /// <summary>Particles and endings that follow a name in running text (광주시는, 산업부와, 국민연금공단의); longest first.</summary>
    private static readonly ImmutableArray<string> Particles =
    [
        "에서는", "으로는", "에서도", "에게는", "과의", "와의", "에서", "에게", "에는", "으로", "까지", "부터", "이며", "이고", "이다", "처럼",
        "은", "는", "이", "가", "을", "를", "과", "와", "의", "에", "로", "도", "만", "측", "인",
    ];

    /// <summary>A word: a run of Hangul, Latin letters and digits, with a company marker glued to either end.</summary>
    [GeneratedRegex(@"(?:㈜|\(주\))?[가-힣A-Za-z0-9]+(?:㈜|\(주\))?", RegexOptions.CultureInvariant)]
    private static partial Regex Word();

    /// <summary>
    /// Every organisation named in the text, in order of appearance: its offset and the ways the name
    /// may be read (a company name may or may not end in what looks like a particle), most likely first.
    /// </summary>
    public static IEnumerable<(IReadOnlyList<string> Names, int Offset)> Find(string text)
    {
        foreach (Match match in Word().Matches(text))
        {
            var names = Recognise(match.Value);
            if (names.Count > 0)
            {
                yield return (names, match.Index + match.Value.IndexOf(names[^1], StringComparison.Ordinal));
            }
        }
    }

    /// <summary>The names a single word may stand for, without company marker or trailing particle; empty when it names no organisation.</summary>
    public static IReadOnlyList<string> Recognise(string word)
    {
        var bare = word.Replace("㈜", "", StringComparison.Ordinal).Replace("(주)", "", StringComparison.Ordinal);
        if (bare.Length == 0)
        {
            return [];
        }

        if (bare.Length != word.Length)
        {
            // A marked company. With the marker in front, a particle may follow the name (㈜카카오엔터프라이즈와);
            // with the marker behind, the word ends at the marker, so the name is all of it.
            return word.StartsWith('㈜') || word.StartsWith("(주)", StringComparison.Ordinal)
                ? [.. WithoutParticle(bare).Reverse()]
                : [bare];
        }

        if (!IsHangul(bare))
        {
            return [];
        }

        return WithoutParticle(bare).FirstOrDefault(IsOrganisation) is { } name ? [name] : [];
    }

    private static IEnumerable<string> WithoutParticle(string word)
    {
        yield return word;
        foreach (var particle in Particles)
        {
            if (word.Length > particle.Length + 1 && word.EndsWith(particle, StringComparison.Ordinal))
            {
                yield return word[..^particle.Length];
                yield break;
            }
        }
    }

    private static bool IsOrganisation(string name)
    {
        if (Ministries.Contains(name))
        {
            return true;
        }

        if (name.EndsWith('도') && Provinces.Contains(name[..^1]))
        {
            return true;
        }

        if (name.Length == 3 && (name.EndsWith('시') || name.EndsWith('군')) && !NotPlaces.Contains(name) && !name.EndsWith("도시", StringComparison.Ordinal))
        {
            return true;
        }

        return Endings.Any(e => name.Length >= e.MinLength && name.EndsWith(e.Ending, StringComparison.Ordinal));
    }

    private static bool IsHangul(string text) => text.All(c => c is >= '가' and <= '힣');
}
