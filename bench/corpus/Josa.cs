namespace Hubwatch.Bench.Corpus;

/// <summary>
/// Korean particles that change with the last sound of the word before them (은/는, 이/가, 을/를, 과/와, 으로/로),
/// so generated sentences read as written Korean rather than as a template.
/// </summary>
public static class Josa
{
    public static string Eun(string word) => word + (HasFinal(word) ? "은" : "는");

    public static string I(string word) => word + (HasFinal(word) ? "이" : "가");

    public static string Eul(string word) => word + (HasFinal(word) ? "을" : "를");

    public static string Gwa(string word) => word + (HasFinal(word) ? "과" : "와");

    /// <summary>으로 after a final consonant other than ㄹ, 로 otherwise.</summary>
    public static string Euro(string word) => word + (HasFinal(word) && FinalIndex(word) != 8 ? "으로" : "로");

    /// <summary>이다 after a final consonant, 다 (as in 기업이다 / 기관이다 vs 센터다) otherwise.</summary>
    public static string Ida(string word) => word + (HasFinal(word) ? "이다" : "다");

    private static bool HasFinal(string word) => FinalIndex(word) != 0;

    private static int FinalIndex(string word)
    {
        var last = word.TrimEnd(')', '\'', '’', '"', ' ').LastOrDefault();
        if (last is >= '가' and <= '힣')
        {
            return (last - '가') % 28;
        }

        // Digits read in Sino-Korean: 영 일 이 삼 사 오 육 칠 팔 구; ㄹ (index 8) after 일, 칠, 팔.
        return last switch
        {
            '0' => 21, '1' => 8, '3' => 16, '6' => 1, '7' => 8, '8' => 8,
            _ => 0,
        };
    }
}
