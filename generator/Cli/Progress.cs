using System.Diagnostics;

namespace Hubwatch.Cli;

/// <summary>Reports build stages on stderr: a line per stage normally, with timings when verbose, nothing when quiet.</summary>
public sealed class Progress(TextWriter error, bool isQuiet, bool isVerbose)
{
    public T Stage<T>(string name, Func<T> run, Func<T, string> describe)
    {
        var clock = Stopwatch.StartNew();
        var result = run();
        clock.Stop();
        if (isVerbose)
        {
            error.WriteLine($"  {name,-10} {clock.Elapsed.TotalMilliseconds,7:0.0} ms  {describe(result)}");
        }

        return result;
    }

    public void Say(string message)
    {
        if (!isQuiet)
        {
            error.WriteLine(message);
        }
    }
}
