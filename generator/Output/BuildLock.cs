using System.Collections.Immutable;

namespace Hubwatch.Output;

/// <summary>
/// An exclusive lock file beside the output folder, so two builds at once cannot swap folders under
/// each other. The operating system releases it if the process dies.
/// </summary>
public sealed class BuildLock : IDisposable
{
    /// <summary>EWOULDBLOCK on Linux and macOS, ERROR_SHARING_VIOLATION on Windows: the lock is held by another build.</summary>
    private static readonly ImmutableArray<int> HeldByAnother = [11, 35, unchecked((int)0x80070020)];

    private readonly FileStream _stream;

    private BuildLock(FileStream stream) => _stream = stream;

    /// <summary>
    /// The lock, or null when another build holds it. Any other failure (a read-only or full disk, a folder
    /// the user may not write) is thrown, so it is reported as what it is.
    /// </summary>
    public static BuildLock? TryAcquire(string outputDir) => OutputWriteException.Wrap(() => Acquire(outputDir));

    private static BuildLock? Acquire(string outputDir)
    {
        var full = Path.GetFullPath(outputDir).TrimEnd(Path.DirectorySeparatorChar);
        var parent = Path.GetDirectoryName(full)!;
        var path = Path.Combine(parent, $".{Path.GetFileName(full)}.lock");
        Directory.CreateDirectory(parent);
        try
        {
            return new BuildLock(new FileStream(path, FileMode.OpenOrCreate, FileAccess.ReadWrite, FileShare.None, 1, FileOptions.DeleteOnClose));
        }
        catch (IOException e) when (HeldByAnother.Contains(e.HResult))
        {
            return null;
        }
    }

    public void Dispose() => _stream.Dispose();
}
