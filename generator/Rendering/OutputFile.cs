namespace Hubwatch.Rendering;

/// <summary>A file of the generated site: its path relative to the output folder (forward slashes) and its bytes.</summary>
public sealed record OutputFile(string Path, byte[] Content);
