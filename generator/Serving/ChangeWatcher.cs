using System.Threading.Channels;

namespace Hubwatch.Serving;

/// <summary>
/// Watches folders for changes and hands them out in batches: a batch ends when the folders have been
/// quiet for a moment, so an editor saving several files, or one file in several writes, causes one rebuild.
/// </summary>
public sealed class ChangeWatcher : IDisposable
{
    private readonly Channel<string> _changes = Channel.CreateUnbounded<string>();
    private readonly List<FileSystemWatcher> _watchers = [];

    public ChangeWatcher(IEnumerable<string> folders)
    {
        foreach (var folder in folders.Where(Directory.Exists).Distinct(StringComparer.Ordinal))
        {
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

            // The event buffer overflowed: something changed, but no one can say what; rebuild anyway.
            watcher.Error += (_, _) => _changes.Writer.TryWrite(folder);
            watcher.EnableRaisingEvents = true;
            _watchers.Add(watcher);
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
        foreach (var watcher in _watchers)
        {
            watcher.Dispose();
        }

        _changes.Writer.TryComplete();
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
