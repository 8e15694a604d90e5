using System.Collections.Frozen;
using System.Collections.Immutable;
using Hubwatch.Diagnostics;
using Hubwatch.Rendering;

namespace Hubwatch.Serving;

/// <summary>
/// The site being served, replaced whole after each rebuild so a request never sees half a build, and a
/// signal that completes when it is replaced, which open pages wait on to reload.
/// </summary>
public sealed class SiteState(string basePath)
{
    private readonly Lock _gate = new();
    private ServedSite _current = ServedSite.Empty(basePath);
    private TaskCompletionSource _changed = new(TaskCreationOptions.RunContinuationsAsynchronously);

    public ServedSite Current
    {
        get
        {
            lock (_gate)
            {
                return _current;
            }
        }
    }

    /// <summary>Completes the next time the served site changes.</summary>
    public Task Changed
    {
        get
        {
            lock (_gate)
            {
                return _changed.Task;
            }
        }
    }

    /// <summary>
    /// Publishes a good build, replacing the files and clearing errors. Returns the paths whose bytes changed
    /// (added, removed or different); when none did, the version stays and open pages are not reloaded.
    /// </summary>
    public IReadOnlyList<string> PublishBuild(IReadOnlyList<OutputFile> files, string sitePath)
    {
        var next = files.ToFrozenDictionary(f => f.Path, f => f.Content, StringComparer.Ordinal);
        lock (_gate)
        {
            var previous = _current.Files ?? FrozenDictionary<string, byte[]>.Empty;
            var changed = next
                .Where(f => !previous.TryGetValue(f.Key, out var old) || !old.AsSpan().SequenceEqual(f.Value))
                .Select(f => f.Key)
                .Concat(previous.Keys.Where(k => !next.ContainsKey(k)))
                .Order(StringComparer.Ordinal)
                .ToArray();
            if (changed.Length > 0 || !_current.Errors.IsEmpty || _current.Files is null || _current.BasePath != sitePath)
            {
                Replace(_current with { Version = _current.Version + 1, BasePath = sitePath, Files = next, Errors = [] });
            }

            return changed;
        }
    }

    /// <summary>Publishes a failed build: the last good files stay, the errors are shown over them.</summary>
    public void PublishErrors(ImmutableArray<Diagnostic> errors)
    {
        lock (_gate)
        {
            if (!_current.Errors.SequenceEqual(errors))
            {
                Replace(_current with { Version = _current.Version + 1, Errors = errors });
            }
        }
    }

    private void Replace(ServedSite next)
    {
        _current = next;
        var signal = _changed;
        _changed = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        signal.SetResult();
    }
}
