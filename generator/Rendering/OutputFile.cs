namespace Hubwatch.Rendering;

/// <summary>
/// A file of the generated site: its path relative to the output folder (forward slashes) and its content. A page is
/// rendered to bytes before it is handed on; the largest data files (<c>portal.json</c>, the CSVs, the sitemaps) are
/// written straight into the stream they go to, so a build never holds one of them whole.
/// </summary>
public sealed class OutputFile
{
    private readonly byte[]? _bytes;
    private readonly Action<Stream>? _write;

    public OutputFile(string path, byte[] content)
    {
        Path = path;
        _bytes = content;
        Length = content.Length;
    }

    public OutputFile(string path, Action<Stream> write)
    {
        Path = path;
        _write = write;
    }

    public string Path { get; }

    /// <summary>How many bytes the file has: its content's, or for a file listed as written, how many were written (0 while a file to be written to a stream is not yet).</summary>
    public long Length { get; private init; }

    /// <summary>The file's bytes; a file written to a stream is produced again, in memory, each time they are asked for.</summary>
    public byte[] Content => _bytes ?? Bytes(_write!);

    /// <summary>Writes the file's content to <paramref name="output"/>.</summary>
    public void WriteTo(Stream output)
    {
        if (_bytes is not null)
        {
            output.Write(_bytes);
        }
        else
        {
            _write!(output);
        }
    }

    /// <summary>The same path with no content, and the <paramref name="length"/> it was written with: what a build lists as written.</summary>
    public OutputFile Written(long length) => new(Path, []) { Length = length };

    /// <summary>What <paramref name="write"/> writes, as bytes.</summary>
    public static byte[] Bytes(Action<Stream> write)
    {
        using var stream = new MemoryStream();
        write(stream);
        return stream.ToArray();
    }
}
