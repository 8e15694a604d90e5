namespace Hubwatch.Diagnostics;

/// <summary>A 1-based position in a content, seed or template file, relative to the project root.</summary>
public sealed record SourceLocation(string Path, int Line, int Column)
{
    public static SourceLocation File(string path) => new(path, 1, 1);

    public override string ToString() => $"{Path}:{Line}:{Column}";
}
