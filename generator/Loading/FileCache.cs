using System.Collections.Concurrent;
using System.Collections.Immutable;
using System.Runtime.InteropServices;
using Hubwatch.Diagnostics;

namespace Hubwatch.Loading;

/// <summary>
/// What files were read into last time, so <c>serve</c> re-reads only the files that changed. An entry
/// is keyed by its files' paths and stamped with their last-write times and lengths; it holds the value
/// read and the diagnostics reading it produced, which are reported again on every reuse so a mistake
/// stays visible until it is fixed. One cache belongs to one serve session; plain builds use none.
/// </summary>
/// <remarks>
/// By default every file is stamped again (a stat) on every build. A session that watches the folders can
/// say which paths changed with <see cref="ExpectChanges"/>; the cache then stamps only those.
/// </remarks>
public sealed class FileCache
{
    private readonly ConcurrentDictionary<string, Entry> _entries = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, string> _folderNames = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, Folder> _folders = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<(string Folder, string Pattern), Listing> _listings = new();
    private volatile ChangedPaths? _changed;
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
    /// Says which paths may have changed since the previous build, so that unchanged files are not stamped
    /// again. Call it before each build; it holds until the next call.
    /// </summary>
    /// <param name="changedPaths">
    /// Every path a file watcher reported (created, changed, deleted or renamed, under either name) since the
    /// previous build began; events that arrive while a build runs belong to the next build. A path may name a
    /// file or a folder (everything under a folder counts as changed), absolute or relative to the current
    /// directory; paths are compared after <see cref="Path.GetFullPath(string)"/>, ignoring case, so a doubtful
    /// match costs a stat and never a missed change. Pass <c>null</c> when the changes are not known (the first
    /// build, a watcher error or overflow, a build not set off by the watcher): every file is stamped, as
    /// without this call.
    /// </param>
    /// <remarks>
    /// With a known set, a file already in the cache whose path is not in the set is reused without a stat;
    /// a file in the set is always stamped again and read if its stamp differs; a file the cache has not seen
    /// is read. Which files there are is still up to the caller: the loader lists every folder through
    /// <see cref="Listed"/>, which lists it again whenever the folder itself changed, so new and deleted files are
    /// noticed whatever the set says.
    /// </remarks>
    public void ExpectChanges(IReadOnlyCollection<string>? changedPaths)
    {
        ExpectedChanges = changedPaths;
        _changed = changedPaths is null ? null : new ChangedPaths(changedPaths);
    }

    /// <summary>The paths given to the last <see cref="ExpectChanges"/>; null when the changes are not known (every file is looked at).</summary>
    public IReadOnlyCollection<string>? ExpectedChanges { get; private set; }

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
        var known = _entries.TryGetValue(key, out var entry) && SameFiles(entry.Files, files);
        if (known && _changed is { } changed && !changed.Touches(entry!))
        {
            return Reuse<T>(entry!, bag);
        }

        var stamp = Stamp(files);
        if (known && entry!.Stamp.AsSpan().SequenceEqual(stamp))
        {
            return Reuse<T>(entry!, bag);
        }

        Interlocked.Increment(ref _reads);
        var own = new DiagnosticBag();
        var value = read(own);
        var diagnostics = own.Sorted();
        var (kept, fullPaths, folders) = known ? (entry!.Files, entry.FullPaths, entry.Folders) : Locate(files);
        _entries[key] = new Entry(kept, fullPaths, folders, ImmutableCollectionsMarshal.AsImmutableArray(stamp), value, diagnostics);
        bag.AddRange(diagnostics);
        return value;
    }

    private T? Reuse<T>(Entry entry, DiagnosticBag bag)
        where T : class
    {
        Interlocked.Increment(ref _reuses);
        bag.AddRange(entry.Diagnostics);
        return (T?)entry.Value;
    }

    private static bool SameFiles(ImmutableArray<string> kept, IReadOnlyList<string> files)
    {
        if (kept.Length != files.Count)
        {
            return false;
        }

        for (var i = 0; i < kept.Length; i++)
        {
            if (!string.Equals(kept[i], files[i], StringComparison.Ordinal))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>The files as given, as full paths, and the full path of each one's folder (one string per folder).</summary>
    private (ImmutableArray<string> Files, ImmutableArray<string> FullPaths, ImmutableArray<string> Folders) Locate(IReadOnlyList<string> files)
    {
        var fullPaths = new string[files.Count];
        var folders = new string[files.Count];
        for (var i = 0; i < files.Count; i++)
        {
            fullPaths[i] = Path.GetFullPath(files[i]);
            var folder = Path.GetDirectoryName(fullPaths[i]) ?? fullPaths[i];
            folders[i] = _folderNames.GetOrAdd(folder, folder);
        }

        return ([.. files], ImmutableCollectionsMarshal.AsImmutableArray(fullPaths), ImmutableCollectionsMarshal.AsImmutableArray(folders));
    }

    /// <summary>
    /// A value made from many files that <paramref name="read"/> reads through this cache one by one (a folder
    /// of records). With expected changes (<see cref="ExpectChanges"/>) that touch none of
    /// <paramref name="files"/> nor <paramref name="folder"/>, and the same files as last time, the last
    /// value is reused and its diagnostics reported again without calling <paramref name="read"/>, so an
    /// unchanged folder costs no look-up per file and gives back the very same value. Otherwise
    /// <paramref name="read"/> runs, and the files it reads are each reused or read as usual.
    /// </summary>
    /// <param name="folder">The folder the files are listed from; its own path is compared with the changed paths.</param>
    /// <param name="isSame">
    /// Whether a value just read equals the last one (say, the same records, instance for instance); the last
    /// value is then given back instead, so callers that keep work per value find it again even when every
    /// file had to be stamped.
    /// </param>
    public T GetOrReadAll<T>(string folder, IReadOnlyList<string> files, DiagnosticBag bag, Func<DiagnosticBag, T> read, Func<T, T, bool>? isSame = null)
    {
        if (_changed is { } changed && _folders.TryGetValue(folder, out var last) && !changed.TouchesFolder(last.FullPath) && SameFiles(last.Files, files))
        {
            Interlocked.Add(ref _reuses, last.Lookups);
            bag.AddRange(last.Diagnostics);
            return (T)last.Value!;
        }

        // Loads run one folder at a time, so the change in the counts is this folder's look-ups.
        var before = _reads + _reuses;
        var own = new DiagnosticBag();
        var value = read(own);
        if (isSame is not null && _folders.TryGetValue(folder, out var previous) && SameFiles(previous.Files, files) && isSame((T)previous.Value!, value))
        {
            value = (T)previous.Value!;
        }

        var diagnostics = own.Sorted();
        _folders[folder] = new Folder([.. files], Path.TrimEndingDirectorySeparator(Path.GetFullPath(folder)), value, diagnostics, _reads + _reuses - before);
        bag.AddRange(diagnostics);
        return value;
    }

    /// <summary>
    /// The files in <paramref name="folder"/> matching <paramref name="pattern"/>, as <paramref name="list"/> gives them.
    /// When the watcher has said what changed (<see cref="ExpectChanges"/>), the last listing, the very same array, is
    /// given again while the folder's own last-write time is what it was: adding, removing or renaming a file in a folder
    /// sets that time, and writing a file does not. A listing made less than <see cref="RacyListing"/> after that time
    /// is not trusted (a file added in the same tick of a coarse clock would leave it unchanged), as git does with its
    /// index. Listing a folder of 10,000 records took a good part of a rebuild.
    /// </summary>
    public string[] Listed(string folder, string pattern, Func<string, string, string[]> list)
    {
        var key = (folder, pattern);
        var changed = Directory.GetLastWriteTimeUtc(folder);
        if (_changed is not null && _listings.TryGetValue(key, out var last) && last.FolderChanged == changed && last.ListedAt - changed > RacyListing)
        {
            return last.Files;
        }

        var listedAt = DateTime.UtcNow;
        var files = list(folder, pattern);
        _listings[key] = new Listing(files, changed, listedAt);
        return files;
    }

    /// <summary>How long after a folder last changed a listing of it is trusted to hold every file.</summary>
    public static readonly TimeSpan RacyListing = TimeSpan.FromSeconds(2);

    /// <summary>Last-write time and length of each file; a missing file stamps as zero, so its creation is a change.</summary>
    private static long[] Stamp(IReadOnlyList<string> files)
    {
        var stamp = new long[files.Count * 2];
        for (var i = 0; i < files.Count; i++)
        {
            var info = new FileInfo(files[i]);
            var exists = info.Exists;
            stamp[2 * i] = exists ? info.LastWriteTimeUtc.Ticks : 0;
            stamp[2 * i + 1] = exists ? info.Length : -1;
        }

        return stamp;
    }

    /// <param name="Files">The files as the caller named them.</param>
    /// <param name="FullPaths">The same as full paths, to compare with the paths a watcher reports.</param>
    /// <param name="Folders">The full path of each file's folder.</param>
    private sealed record Entry(ImmutableArray<string> Files, ImmutableArray<string> FullPaths, ImmutableArray<string> Folders, ImmutableArray<long> Stamp, object? Value, ImmutableArray<Diagnostic> Diagnostics);

    /// <summary>A folder's files as last listed, the folder's last-write time then, and when the listing was made.</summary>
    private sealed record Listing(string[] Files, DateTime FolderChanged, DateTime ListedAt);

    /// <summary>What <see cref="GetOrReadAll"/> made from a folder's files last time.</summary>
    /// <param name="Lookups">How many files were reused or read through the cache in making it, counted as reused when it is.</param>
    private sealed record Folder(ImmutableArray<string> Files, string FullPath, object? Value, ImmutableArray<Diagnostic> Diagnostics, int Lookups);

    /// <summary>The paths a watcher reported, each standing for a file or for everything under a folder.</summary>
    private sealed class ChangedPaths
    {
        private readonly HashSet<string> _paths = new(StringComparer.OrdinalIgnoreCase);
        // Folder names are shared by the entries of one cache (see Locate), so they are told apart by reference.
        private readonly ConcurrentDictionary<string, bool> _folders = new(ReferenceEqualityComparer.Instance);

        public ChangedPaths(IEnumerable<string> paths)
        {
            foreach (var path in paths)
            {
                if (path.Length > 0)
                {
                    _paths.Add(Path.TrimEndingDirectorySeparator(Path.GetFullPath(path)));
                }
            }
        }

        /// <summary>Whether any of the entry's files was reported, itself or through a folder above it.</summary>
        public bool Touches(Entry entry)
        {
            for (var i = 0; i < entry.FullPaths.Length; i++)
            {
                if (_paths.Contains(entry.FullPaths[i]) || IsUnderReported(entry.Folders[i]))
                {
                    return true;
                }
            }

            return false;
        }

        /// <summary>Whether a path was reported in the folder, under it, or above it.</summary>
        public bool TouchesFolder(string folder)
        {
            foreach (var path in _paths)
            {
                if (IsSameOrUnder(path, folder) || IsSameOrUnder(folder, path))
                {
                    return true;
                }
            }

            return false;
        }

        private static bool IsSameOrUnder(string path, string folder) =>
            path.StartsWith(folder, StringComparison.OrdinalIgnoreCase)
            && (path.Length == folder.Length || IsSeparator(folder[^1]) || IsSeparator(path[folder.Length]));

        private static bool IsSeparator(char c) => c == Path.DirectorySeparatorChar || c == Path.AltDirectorySeparatorChar;

        private bool IsUnderReported(string folder) =>
            _folders.TryGetValue(folder, out var isUnder) ? isUnder : _folders.GetOrAdd(folder, IsOrIsUnderReported(folder));

        private bool IsOrIsUnderReported(string folder)
        {
            for (var current = folder; current is not null; current = Path.GetDirectoryName(current))
            {
                if (_paths.Contains(current))
                {
                    return true;
                }
            }

            return false;
        }
    }
}
