using System.Threading.Channels;

namespace Hubwatch.Serving;

/// <summary>
/// Watches folders for changes and hands them out in batches: a batch ends when the folders have been
/// quiet for a moment, so an editor saving several files, or one file in several writes, causes one rebuild.
/// A watched folder that is removed and comes back (a branch switch, a restore from backup) is watched again:
/// each folder's parent is watched for it.
/// </summary>
public sealed class ChangeWatcher : IDisposable
{
    private readonly Channel<string> _changes = Channel.CreateUnbounded<string>();
    private readonly Dictionary<string, FileSystemWatcher> _watchers = new(StringComparer.Ordinal);
    private readonly List<FileSystemWatcher> _parentWatchers = [];
    private readonly Lock _gate = new();
    private bool _isDisposed;

    public ChangeWatcher(IEnumerable<string> folders)
    {
        foreach (var folder in folders.Select(f => Path.GetFullPath(f).TrimEnd(Path.DirectorySeparatorChar)).Distinct(StringComparer.Ordinal))
        {
            WatchParent(folder);
            Watch(folder);
        }
    }

    /// <summary>Waits for a change, then for <paramref name="quiet"/> without another, and returns what changed.</summary>
    public async Task<IReadOnlyList<string>> NextBatchAsync(TimeSpan quiet, CancellationToken token)
    {
        var batch = new SortedSet<string>(StringComparer.Ordinal) { await _changes.Reader.ReadAsync(token) };
        while (true)
        {
            using var wait = CancellationTokenSource.CreateLinkedTokenSource(token);
            wait.CancelAfter(quiet);
            try
            {
                if (!await _changes.Reader.WaitToReadAsync(wait.Token))
                {
                    break;
                }
            }
            catch (OperationCanceledException) when (!token.IsCancellationRequested)
            {
                break;
            }

            while (_changes.Reader.TryRead(out var path))
            {
                batch.Add(path);
            }
        }

        return [.. batch];
    }

    public void Dispose()
    {
        lock (_gate)
        {
            _isDisposed = true;
            foreach (var watcher in _watchers.Values.Concat(_parentWatchers))
            {
                watcher.Dispose();
            }

            _watchers.Clear();
        }

        _changes.Writer.TryComplete();
    }

    /// <summary>Watches a folder and everything in it, replacing an earlier watch of it (which stops when the folder is removed).</summary>
    private void Watch(string folder)
    {
        lock (_gate)
        {
            if (_isDisposed)
            {
                return;
            }

            if (_watchers.Remove(folder, out var earlier))
            {
                earlier.Dispose();
            }

            if (!Directory.Exists(folder))
            {
                return;
            }

            var watcher = new FileSystemWatcher(folder)
            {
                IncludeSubdirectories = true,
                NotifyFilter = NotifyFilters.FileName | NotifyFilters.DirectoryName | NotifyFilters.LastWrite | NotifyFilters.Size,
            };
            watcher.Changed += (_, e) => Post(e.FullPath);
            watcher.Created += (_, e) => Post(e.FullPath);
            watcher.Deleted += (_, e) => Post(e.FullPath);
            watcher.Renamed += (_, e) =>
            {
                Post(e.OldFullPath);
                Post(e.FullPath);
            };

            // The event buffer overflowed, or the folder went away: something changed, but no one can say what; rebuild anyway.
            watcher.Error += (_, _) => _changes.Writer.TryWrite(folder);
            try
            {
                watcher.EnableRaisingEvents = true;
            }
            catch (Exception e) when (e is IOException or ArgumentException or UnauthorizedAccessException)
            {
                // Gone again between the check and the watch: its parent's watcher sees it come back.
                watcher.Dispose();
                return;
            }

            _watchers[folder] = watcher;
        }
    }

    /// <summary>Watches the folder's parent for the folder itself appearing, disappearing or being renamed.</summary>
    private void WatchParent(string folder)
    {
        var parent = Path.GetDirectoryName(folder);
        if (parent is null || !Directory.Exists(parent))
        {
            return;
        }

        var name = Path.GetFileName(folder);
        var watcher = new FileSystemWatcher(parent, name) { IncludeSubdirectories = false, NotifyFilter = NotifyFilters.DirectoryName };
        void Changed()
        {
            Watch(folder);
            _changes.Writer.TryWrite(folder);
        }

        watcher.Created += (_, _) => Changed();
        watcher.Deleted += (_, _) => Changed();
        watcher.Renamed += (_, _) => Changed();
        watcher.EnableRaisingEvents = true;
        _parentWatchers.Add(watcher);
    }

    private void Post(string path)
    {
        // Editors' swap and backup files change on every keystroke or save; they are not content.
        var name = Path.GetFileName(path);
        if (name.StartsWith('.') || name.StartsWith('#') || name.EndsWith('~') || name is "4913"
            || name.EndsWith(".swp", StringComparison.Ordinal) || name.EndsWith(".swx", StringComparison.Ordinal) || name.EndsWith(".tmp", StringComparison.Ordinal))
        {
            return;
        }

        _changes.Writer.TryWrite(path);
    }
}
