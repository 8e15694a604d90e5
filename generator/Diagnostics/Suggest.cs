namespace Hubwatch.Diagnostics;

/// <summary>"Did you mean …?" hints: the known names closest to a misspelt one.</summary>
public static class Suggest
{
    /// <summary>Up to three candidates within a small edit distance, closest first.</summary>
    public static IReadOnlyList<string> Closest(string wrong, IEnumerable<string> candidates, int max = 3)
    {
        var limit = Math.Max(2, wrong.Length / 3);
        return [.. candidates
            .Where(c => c.Length > 0)
            .Distinct(StringComparer.Ordinal)
            .Select(c => (Candidate: c, Distance: Distance(wrong, c)))
            .Where(x => x.Distance <= limit || x.Candidate.Contains(wrong, StringComparison.Ordinal) || wrong.Contains(x.Candidate, StringComparison.Ordinal))
            .OrderBy(x => x.Distance)
            .ThenBy(x => x.Candidate, StringComparer.Ordinal)
            .Take(max)
            .Select(x => x.Candidate)];
    }

    public static string? Hint(string wrong, IEnumerable<string> candidates)
    {
        var closest = Closest(wrong, candidates);
        return closest.Count == 0 ? null : "did you mean " + string.Join(" or ", closest.Select(c => $"'{c}'")) + "?";
    }

    /// <summary>Levenshtein distance with two rows.</summary>
    public static int Distance(string a, string b)
    {
        var previous = new int[b.Length + 1];
        var current = new int[b.Length + 1];
        for (var j = 0; j <= b.Length; j++)
        {
            previous[j] = j;
        }

        for (var i = 1; i <= a.Length; i++)
        {
            current[0] = i;
            for (var j = 1; j <= b.Length; j++)
            {
                var cost = a[i - 1] == b[j - 1] ? 0 : 1;
                current[j] = Math.Min(Math.Min(current[j - 1] + 1, previous[j] + 1), previous[j - 1] + cost);
            }

            (previous, current) = (current, previous);
        }

        return previous[b.Length];
    }
}
