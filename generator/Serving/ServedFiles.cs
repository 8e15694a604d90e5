using System.Collections.Concurrent;
using System.Collections.Immutable;
using Hubwatch.Diagnostics;
using Hubwatch.Rendering;

namespace Hubwatch.Serving;

/// <summary>
/// The files of a good build as <c>serve</c> shows them: every path is known at once, but a file is produced
/// from the <see cref="SitePlan"/> only when it is first requested, then kept. A rebuild therefore costs
/// loading, validation and the model; the page an editor has open is rendered when the browser asks for it.
/// </summary>
public sealed class ServedFiles(SitePlan plan)
{
    private readonly ConcurrentDictionary<string, Lazy<ServedFile>> _produced = new(StringComparer.Ordinal);
    private int _count;

    /// <summary>Every path of the site, in ordinal order.</summary>
    public IReadOnlyList<string> Paths => plan.Paths;

    /// <summary>How many files have been produced so far.</summary>
    public int Produced => _count;

    public bool Contains(string path) => plan.Contains(path);

    /// <summary>The file at <paramref name="path"/>, produced now if it has not been; null when the site has no such file.</summary>
    public ServedFile? Get(string path) =>
        plan.Contains(path)
            ? _produced.GetOrAdd(path, p => new Lazy<ServedFile>(() => Produce(p), LazyThreadSafetyMode.ExecutionAndPublication)).Value
            : null;

    private ServedFile Produce(string path)
    {
        var bag = new DiagnosticBag();
        var bytes = plan.Produce(path, bag);
        Interlocked.Increment(ref _count);
        return new ServedFile(bytes, bag.Sorted());
    }
}

/// <summary>A produced file: its bytes, or none and the template errors that stopped it.</summary>
public sealed record ServedFile(byte[]? Bytes, ImmutableArray<Diagnostic> Errors);
