using System.Diagnostics;
using System.Globalization;

namespace Hubwatch.Cli;

/// <summary>
/// Reports a build on stderr. Quiet prints nothing here (problems are printed by the caller); verbose
/// prints one line per stage with its time; otherwise only the caller's summary is printed. A stage
/// that runs longer than the heartbeat interval says which stage it is in and how far it has got, so
/// a long build never looks stuck.
/// </summary>
public sealed class Progress : IDisposable
{
    private readonly TextWriter _error;
    private readonly bool _isQuiet;
    private readonly bool _isVerbose;
    private readonly TimeSpan _heartbeat;
    private readonly Lock _gate = new();
    private readonly Timer? _timer;
    private readonly Stopwatch _stageClock = new();
    private string? _stage;
    private int _done;
    private int _total;
    private string _unit = "";

    public Progress(TextWriter error, bool isQuiet, bool isVerbose, TimeSpan? heartbeat = null)
    {
        _error = error;
        _isQuiet = isQuiet;
        _isVerbose = isVerbose;
        _heartbeat = heartbeat ?? TimeSpan.FromSeconds(2);
        if (!isQuiet && _heartbeat > TimeSpan.Zero)
        {
            _timer = new Timer(_ => Beat(), null, _heartbeat, _heartbeat);
        }
    }

    public bool IsQuiet => _isQuiet;

    /// <summary>Runs one stage; with --verbose prints its time and what it produced.</summary>
    public T Stage<T>(string name, Func<T> run, Func<T, string> describe)
    {
        lock (_gate)
        {
            _stage = name;
            _done = 0;
            _total = 0;
            _stageClock.Restart();
        }

        T result;
        try
        {
            result = run();
        }
        finally
        {
            lock (_gate)
            {
                _stage = null;
                _stageClock.Stop();
            }
        }

        if (_isVerbose)
        {
            Write($"  {name,-10} {_stageClock.Elapsed.TotalMilliseconds,7:0.0} ms  {describe(result)}");
        }

        return result;
    }

    /// <summary>Announces how many items the running stage will go through (pages to render, files to read).</summary>
    public void Expect(int total, string unit)
    {
        lock (_gate)
        {
            _total = total;
            _unit = unit;
        }
    }

    /// <summary>One more item of the running stage is done; safe to call from parallel loops.</summary>
    public void Advance() => Interlocked.Increment(ref _done);

    /// <summary>Prints where a long stage has got to. Called by the timer; public so a test can call it without waiting.</summary>
    public void Beat()
    {
        string? line;
        lock (_gate)
        {
            line = _stage is null || _isQuiet || _stageClock.Elapsed < _heartbeat
                ? null
                : _total > 0
                    ? string.Create(CultureInfo.InvariantCulture, $"  … {_stage}: {Volatile.Read(ref _done):N0} of {_total:N0} {_unit} ({_stageClock.Elapsed.TotalSeconds:0.0} s)")
                    : string.Create(CultureInfo.InvariantCulture, $"  … {_stage} ({_stageClock.Elapsed.TotalSeconds:0.0} s)");
        }

        if (line is not null)
        {
            Write(line);
        }
    }

    /// <summary>A summary or status line; not shown with --quiet.</summary>
    public void Say(string message)
    {
        if (!_isQuiet)
        {
            Write(message);
        }
    }

    public void Dispose() => _timer?.Dispose();

    private void Write(string line)
    {
        // The timer thread and the build thread share the writer.
        lock (_error)
        {
            _error.WriteLine(line);
        }
    }
}
