namespace Hubwatch.Content;

/// <summary>A citation together with the record that makes it, so a source can link back to what cites it.</summary>
public sealed record CitedFact(Citation Citation, RecordKind Kind, string RecordId);
