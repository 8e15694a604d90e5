using System.Collections.Concurrent;
using Hubwatch.Rendering;

namespace Hubwatch.Output;

/// <summary>
/// Where a build's rendered files go: a staging folder that replaces the site (<see cref="StagedSite"/>), memory
/// (<see cref="InMemory"/>), or nowhere (<see cref="Discard"/>, for check). Files come from several threads at once.
/// </summary>
public interface ISiteOutput
{
    void Write(OutputFile file);
}

/// <summary>The output stage: writes every rendered file as it comes and lists what was written.</summary>
public static class SiteOutput
{
    /// <summary>
    /// Consumes <paramref name="files"/> (rendering happens as they are taken) into <paramref name="output"/>, on all
    /// cores. Returns the files written, in path order, without their bytes.
    /// </summary>
    public static IReadOnlyList<OutputFile> WriteAll(ParallelQuery<OutputFile> files, ISiteOutput output)
    {
        var written = new ConcurrentBag<OutputFile>();
        files.ForAll(file =>
        {
            output.Write(file);
            written.Add(file.WithoutContent());
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

        public void Write(OutputFile file) => _files.Add(new OutputFile(file.Path, file.Content));
    }

    /// <summary>Writes nothing: check renders every page, so template errors show, and keeps nothing.</summary>
    public sealed class Discard : ISiteOutput
    {
        public void Write(OutputFile file)
        {
        }
    }
}
