namespace Hubwatch.Diagnostics;

/// <summary>A 1-based position in a content, seed or template file, relative to the project root.</summary>
public sealed record SourceLocation(string Path, int Line, int Column)
{
    public static SourceLocation File(string path) => new(path, 1, 1);

    /// <summary>A file or folder as a whole, with no position inside it (a symbolic link, say): shown as just the path.</summary>
    public static SourceLocation Whole(string path) => new(path, 0, 0);

    /// <summary>Where the character at <paramref name="offset"/> of <paramref name="text"/> is, the text's first line being <paramref name="firstLine"/> of the file.</summary>
    public static SourceLocation InText(string path, string text, int offset, int firstLine = 1)
    {
        var lineStart = text.LastIndexOf('\n', Math.Max(0, offset - 1)) + 1;
        return new SourceLocation(path, firstLine + text.AsSpan(0, offset).Count('\n'), offset - lineStart + 1);
    }

    public override string ToString() => Line == 0 ? Path : $"{Path}:{Line}:{Column}";
}
