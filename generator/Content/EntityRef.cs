using Hubwatch.Diagnostics;

namespace Hubwatch.Content;

/// <summary>A reference by id (or partner alias) to another record, with where the reference was written.</summary>
public sealed record EntityRef(string Id, SourceLocation Where);
