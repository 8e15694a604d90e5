using System.Collections.Concurrent;

namespace Hubwatch.Loading;

/// <summary>
/// One shared instance per distinct id, reference or vocabulary value read from content. Ids are looked up
/// in dictionaries many times per build; when every record that names a hub or a seed holds the same
/// string instance, those lookups hash and compare a few hot strings instead of thousands of scattered
/// copies, which on a large portal is most of what the lookups cost. Values are unchanged, only shared.
/// One pool belongs to one load.
/// </summary>
internal sealed class StringPool
{
    private readonly ConcurrentDictionary<string, string> _pool = new(StringComparer.Ordinal);

    public string Share(string text) => _pool.TryGetValue(text, out var shared) ? shared : _pool.GetOrAdd(text, text);
}
