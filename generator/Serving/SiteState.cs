using System.Collections.Immutable;
using Hubwatch.Diagnostics;

namespace Hubwatch.Serving;

/// <summary>
/// The site being served, replaced whole after each rebuild so a request never sees half a build, and a
/// signal that completes when it is replaced, on which open pages learn whether to reload.
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

    /// <summary>Publishes a good build, replacing the files and clearing errors.</summary>
    public void PublishBuild(ServedFiles files, string sitePath)
    {
        lock (_gate)
        {
            Replace(_current with { Version = _current.Version + 1, BasePath = sitePath, Files = files, Errors = [] });
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
