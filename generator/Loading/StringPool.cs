using System.Collections.Concurrent;

namespace Hubwatch.Loading;

/// <summary>
/// One shared instance per distinct id, reference or vocabulary value read from content. Ids are looked up
/// in dictionaries many times per build; when every record that names a hub or a seed holds the same
/// string instance, those lookups hash and compare a few hot strings instead of thousands of scattered
/// copies, which on a large portal is most of what the lookups cost. Values are unchanged, only shared.
/// </summary>
internal static class StringPool
{
    /// <summary>Past this many strings the pool starts again, so a long serve session cannot grow it without end.</summary>
    private const int Limit = 1 << 18;

    private static readonly ConcurrentDictionary<string, string> Pool = new(StringComparer.Ordinal);

    public static string Share(string text)
    {
        if (Pool.TryGetValue(text, out var shared))
        {
            return shared;
        }

        if (Pool.Count >= Limit)
        {
            Pool.Clear();
        }

        return Pool.GetOrAdd(text, text);
    }
}
