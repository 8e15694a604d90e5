namespace Hubwatch.Model.Diff;

/// <summary>What happened to a source document between two versions of the content.</summary>
public enum SourceChange { Added, Removed, Changed }

/// <summary>A source document (<c>005_example</c>) added, removed or changed.</summary>
public sealed record SourceDiff(string Id, SourceChange Change);
