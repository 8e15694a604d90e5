using System.Collections.Concurrent;
using System.Collections.Immutable;
using Hubwatch.Diagnostics;

namespace Hubwatch.Loading;

/// <summary>
/// What files were read into last time, so <c>serve</c> re-reads only the files that changed. An entry
/// is keyed by its files' paths and stamped with their last-write times and lengths; it holds the value
/// read and the diagnostics reading it produced, which are reported again on every reuse so a mistake
/// stays visible until it is fixed. One cache belongs to one serve session; plain builds use none.
/// </summary>
public sealed class FileCache
{
    private readonly ConcurrentDictionary<string, Entry> _entries = new(StringComparer.Ordinal);
    private int _reads;
    private int _reuses;

    /// <summary>Files read since the last <see cref="ResetCounts"/>.</summary>
    public int Reads => _reads;

    /// <summary>Files reused unchanged since the last <see cref="ResetCounts"/>.</summary>
    public int Reuses => _reuses;

    public void ResetCounts()
    {
        _reads = 0;
        _reuses = 0;
    }

    /// <summary>
    /// The value read from <paramref name="files"/>, from the cache when none of them changed; otherwise
    /// <paramref name="read"/> runs with a bag of its own, and its diagnostics are remembered with the value.
    /// </summary>
    public T? GetOrRead<T>(IReadOnlyList<string> files, DiagnosticBag bag, Func<DiagnosticBag, T?> read)
        where T : class =>
        GetOrRead(files[0], files, bag, read);

    /// <summary>As above, for a value read from a set of files that may grow or shrink (a folder), cached under <paramref name="key"/>.</summary>
    public T? GetOrRead<T>(string key, IReadOnlyList<string> files, DiagnosticBag bag, Func<DiagnosticBag, T?> read)
        where T : class
    {
        var stamp = Stamp(files).ToArray();
        if (_entries.TryGetValue(key, out var entry) && entry.Files.SequenceEqual(files, StringComparer.Ordinal) && entry.Stamp.SequenceEqual(stamp))
        {
            Interlocked.Increment(ref _reuses);
            Replay(entry.Diagnostics, bag);
            return (T?)entry.Value;
        }

        Interlocked.Increment(ref _reads);
        var own = new DiagnosticBag();
        var value = read(own);
        var diagnostics = own.Sorted();
        _entries[key] = new Entry([.. files], [.. stamp], value, diagnostics);
        Replay(diagnostics, bag);
        return value;
    }

    /// <summary>Last-write time and length of each file; a missing file stamps as zero, so its creation is a change.</summary>
    private static IEnumerable<long> Stamp(IReadOnlyList<string> files)
    {
        foreach (var file in files)
        {
            var info = new FileInfo(file);
            var exists = info.Exists;
            yield return exists ? info.LastWriteTimeUtc.Ticks : 0;
            yield return exists ? info.Length : -1;
        }
    }

    private static void Replay(ImmutableArray<Diagnostic> diagnostics, DiagnosticBag bag)
    {
        foreach (var diagnostic in diagnostics)
        {
            bag.Add(diagnostic);
        }
    }

    private sealed record Entry(ImmutableArray<string> Files, ImmutableArray<long> Stamp, object? Value, ImmutableArray<Diagnostic> Diagnostics);
}
