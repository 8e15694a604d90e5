using System.Collections.Concurrent;
using Hubwatch.Rendering;

namespace Hubwatch.Output;

/// <summary>
/// Where a build's rendered files go: a staging folder that replaces the site (<see cref="StagedSite"/>), memory
/// (<see cref="InMemory"/>), or nowhere (<see cref="Discard"/>, for check). Files come from several threads at once.
/// </summary>
public interface ISiteOutput
{
    /// <summary>Writes <paramref name="file"/> and returns how many bytes it has (0 when the output keeps nothing).</summary>
    long Write(OutputFile file);
}

/// <summary>The output stage: writes every rendered file as it comes and lists what was written.</summary>
public static class SiteOutput
{
    /// <summary>
    /// Consumes <paramref name="files"/> (rendering happens as they are taken) into <paramref name="output"/>, on all
    /// cores. Returns the files written, in path order, without their bytes but with their lengths.
    /// </summary>
    public static IReadOnlyList<OutputFile> WriteAll(ParallelQuery<OutputFile> files, ISiteOutput output)
    {
        var written = new ConcurrentBag<OutputFile>();
        files.ForAll(file =>
        {
            written.Add(file.Written(output.Write(file)));
        });

        // Parallel rendering finishes in any order; sort so the list is stable.
        return [.. written.OrderBy(f => f.Path, StringComparer.Ordinal)];
    }

    /// <summary>Keeps every file's bytes, for tests and callers that look at the site without a folder.</summary>
    public sealed class InMemory : ISiteOutput
    {
        private readonly ConcurrentBag<OutputFile> _files = [];

        /// <summary>Every file written, in path order.</summary>
        public IReadOnlyList<OutputFile> Files => [.. _files.OrderBy(f => f.Path, StringComparer.Ordinal)];

        public long Write(OutputFile file)
        {
            var kept = new OutputFile(file.Path, file.Content);
            _files.Add(kept);
            return kept.Length;
        }
    }

    /// <summary>Writes nothing: check renders every page, so template errors show, and keeps nothing.</summary>
    public sealed class Discard : ISiteOutput
    {
        public long Write(OutputFile file) => 0;
    }
}
