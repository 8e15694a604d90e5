using System.Collections.Concurrent;
using System.Text;

namespace Hubwatch.Content;

/// <summary>
/// A seed's text with whitespace runs collapsed, mapped back to the original, so quotes can be found
/// regardless of line breaks and tabs and still be highlighted in the verbatim document.
/// </summary>
/// <remarks>
/// A <see cref="SeedText"/> remembers where the quotes asked of it were found. A serve session keeps one per
/// unchanged seed (through its build memo), so a rebuild after one edit neither collapses the seeds again nor
/// searches them again for the quotes it already looked up.
/// </remarks>
public sealed class SeedText
{
    private readonly int[] _originalIndex;
    private readonly ConcurrentDictionary<string, (int Start, int End)?> _found = new(StringComparer.Ordinal);

    // The same, by quote instance: an unchanged record asks with the same string, which is then found
    // without hashing its text (quotes are long, and at 10,000 records most are not in any cache).
    private readonly ConcurrentDictionary<string, (int Start, int End)?> _foundByInstance = new(ReferenceEqualityComparer.Instance);
    private int _instancesAdded;

    public SeedText(string original)
    {
        Original = original;
        var normalized = new StringBuilder(original.Length);
        var map = new List<int>(original.Length + 1);
        var pendingSpace = false;
        for (var i = 0; i < original.Length; i++)
        {
            if (char.IsWhiteSpace(original[i]))
            {
                pendingSpace = normalized.Length > 0;
                continue;
            }

            if (pendingSpace)
            {
                normalized.Append(' ');
                map.Add(i);
                pendingSpace = false;
            }

            normalized.Append(original[i]);
            map.Add(i);
        }

        map.Add(original.Length);
        Normalized = normalized.ToString();
        _originalIndex = [.. map];
    }

    public string Original { get; }

    public string Normalized { get; }

    /// <summary>The searchable text of a seed.</summary>
    public static SeedText Of(Seed seed) => new(seed.Text);

    /// <summary>Collapses whitespace the same way the seed text is collapsed.</summary>
    public static string Normalize(string text)
    {
        var trimmed = text.AsSpan().Trim();
        var builder = new StringBuilder(trimmed.Length);
        var pendingSpace = false;
        var changed = trimmed.Length != text.Length;
        foreach (var c in trimmed)
        {
            if (char.IsWhiteSpace(c))
            {
                // Only a single ' ' between two words is kept as it is.
                changed |= pendingSpace || c != ' ';
                pendingSpace = true;
                continue;
            }

            if (pendingSpace)
            {
                builder.Append(' ');
                pendingSpace = false;
            }

            builder.Append(c);
        }

        return changed ? builder.ToString() : text;
    }

    /// <summary>The span of the original text that the quote matches, or null when it is not there verbatim.</summary>
    /// <remarks>Each quote is searched for once per instance; asking again returns the remembered span.</remarks>
    public (int Start, int End)? Find(string quote)
    {
        if (_foundByInstance.TryGetValue(quote, out var span))
        {
            return span;
        }

        span = _found.TryGetValue(quote, out var known) ? known : _found.GetOrAdd(quote, static (q, self) => self.Search(q), this);

        // Each edit of a citing record brings new instances of its quotes; the old ones are let go now and then.
        if (Interlocked.Increment(ref _instancesAdded) % 65536 == 0)
        {
            _foundByInstance.Clear();
        }

        _foundByInstance.TryAdd(quote, span);
        return span;
    }

    private (int Start, int End)? Search(string quote)
    {
        var needle = Normalize(quote);
        if (needle.Length == 0)
        {
            return null;
        }

        var at = Normalized.IndexOf(needle, StringComparison.Ordinal);
        if (at < 0)
        {
            return null;
        }

        var end = at + needle.Length;
        return (_originalIndex[at], _originalIndex[end - 1] + 1);
    }

    /// <summary>
    /// The passage of the seed closest to a quote that is not found verbatim (approximate substring
    /// matching by edit distance), and the offset in the quote where the two first differ.
    /// </summary>
    public (string Passage, int FirstDifference) Nearest(string quote)
    {
        var pattern = Normalize(quote);
        if (pattern.Length > 400)
        {
            pattern = pattern[..400];
        }

        var text = Normalized;
        var m = pattern.Length;
        var n = text.Length;
        if (m == 0 || n == 0)
        {
            return ("", 0);
        }

        // Semi-global alignment: the pattern must be consumed whole, the text may start and end anywhere.
        var previous = new int[n + 1];
        var current = new int[n + 1];
        var previousStart = new int[n + 1];
        var currentStart = new int[n + 1];
        for (var j = 0; j <= n; j++)
        {
            previousStart[j] = j;
        }

        for (var i = 1; i <= m; i++)
        {
            current[0] = i;
            currentStart[0] = 0;
            for (var j = 1; j <= n; j++)
            {
                var diagonal = previous[j - 1] + (pattern[i - 1] == text[j - 1] ? 0 : 1);
                var up = previous[j] + 1;
                var left = current[j - 1] + 1;
                if (diagonal <= up && diagonal <= left)
                {
                    current[j] = diagonal;
                    currentStart[j] = previousStart[j - 1];
                }
                else if (up <= left)
                {
                    current[j] = up;
                    currentStart[j] = previousStart[j];
                }
                else
                {
                    current[j] = left;
                    currentStart[j] = currentStart[j - 1];
                }
            }

            (previous, current) = (current, previous);
            (previousStart, currentStart) = (currentStart, previousStart);
        }

        var bestEnd = 1;
        for (var j = 1; j <= n; j++)
        {
            if (previous[j] < previous[bestEnd])
            {
                bestEnd = j;
            }
        }

        var passage = text[previousStart[bestEnd]..bestEnd];
        var common = 0;
        while (common < passage.Length && common < pattern.Length && passage[common] == pattern[common])
        {
            common++;
        }

        return (passage, common);
    }
}
