namespace Hubwatch.Output;

/// <summary>
/// An exclusive lock file beside the output folder, so two builds at once cannot swap folders under
/// each other. The operating system releases it if the process dies.
/// </summary>
public sealed class BuildLock : IDisposable
{
    private readonly FileStream _stream;

    private BuildLock(FileStream stream) => _stream = stream;

    public static BuildLock? TryAcquire(string outputDir)
    {
        var full = Path.GetFullPath(outputDir).TrimEnd(Path.DirectorySeparatorChar);
        var parent = Path.GetDirectoryName(full)!;
        var path = Path.Combine(parent, $".{Path.GetFileName(full)}.lock");
        // An output folder inside a folder that does not exist yet is fine: create that folder first, so a
        // failure to open the lock below can only mean that another build holds it.
        Directory.CreateDirectory(parent);
        try
        {
            return new BuildLock(new FileStream(path, FileMode.OpenOrCreate, FileAccess.ReadWrite, FileShare.None, 1, FileOptions.DeleteOnClose));
        }
        catch (IOException)
        {
            return null;
        }
    }

    public void Dispose() => _stream.Dispose();
}
