using Hubwatch.Rendering;

namespace Hubwatch.Output;

/// <summary>
/// A site being written: a staging folder beside the output folder that files go into as soon as they are
/// rendered, from any thread. <see cref="Commit"/> swaps it in whole; disposing it uncommitted (a failed or
/// interrupted build) removes it and leaves the previous site as it was.
/// </summary>
/// <remarks>
/// Writing each file when it is rendered, rather than after the whole site is in memory, keeps a build's
/// memory to the pages in flight: at 10,000 funding figures the site is some 400 MB.
/// </remarks>
public sealed class StagedSite : ISiteOutput, IDisposable
{
    private readonly string _staging;
    private readonly string _stagingRoot;
    private readonly string _target;
    private readonly int _delay;
    private bool _isCommitted;

    private StagedSite(string staging, string target, int delay)
    {
        _staging = staging;
        _stagingRoot = Path.GetFullPath(staging) + Path.DirectorySeparatorChar;
        _target = target;
        _delay = delay;
    }

    /// <summary>Removes what killed builds left behind and creates this build's staging folder.</summary>
    public static StagedSite Begin(string outputDir) => OutputWriteException.Wrap(() => BeginStaging(outputDir));

    private static StagedSite BeginStaging(string outputDir)
    {
        var full = Path.GetFullPath(outputDir).TrimEnd(Path.DirectorySeparatorChar);
        var parent = Path.GetDirectoryName(full) ?? throw new ArgumentException("output folder has no parent", nameof(outputDir));
        var name = Path.GetFileName(full);
        SiteWriter.RemoveLeftovers(parent, name);
        var staging = Path.Combine(parent, $".{name}-new-{Environment.ProcessId}");
        Directory.CreateDirectory(staging);
        // The marker goes in first: a staging folder left by a killed build is recognised by it and removed by the next one.
        File.WriteAllText(Path.Combine(staging, OutputGuard.MarkerName), OutputGuard.MarkerText);
        var delay = int.TryParse(Environment.GetEnvironmentVariable(SiteWriter.WriteDelayVariable), out var ms) ? ms : 0;
        return new StagedSite(staging, full, delay);
    }

    /// <summary>Whether writes are slowed down for the interrupted-build test (and so best made one at a time).</summary>
    public bool IsSlowed => _delay > 0;

    public long Write(OutputFile file) => OutputWriteException.Wrap(() => AddFile(file));

    private long AddFile(OutputFile file)
    {
        var target = Path.GetFullPath(Path.Combine(_staging, file.Path));
        if (!target.StartsWith(_stagingRoot, StringComparison.Ordinal))
        {
            throw new InvalidOperationException($"output path '{file.Path}' leaves the output folder");
        }

        Directory.CreateDirectory(Path.GetDirectoryName(target)!);
        long length;
        using (var stream = new FileStream(target, FileMode.Create, FileAccess.Write, FileShare.None, bufferSize: 1 << 16))
        {
            file.WriteTo(stream);
            length = stream.Length;
        }

        if (_delay > 0)
        {
            Thread.Sleep(_delay);
        }

        return length;
    }

    /// <summary>Swaps the staged site in; the previous site, now in the staging path, is deleted.</summary>
    public void Commit()
    {
        OutputWriteException.Wrap(() => SiteWriter.Swap(_staging, _target));
        _isCommitted = true;
        try
        {
            Directory.Delete(_staging, recursive: true);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            // The new site is in place; the previous one, marked, is removed by the next build.
        }
    }

    public void Dispose()
    {
        if (!_isCommitted && Directory.Exists(_staging))
        {
            Directory.Delete(_staging, recursive: true);
        }
    }
}
