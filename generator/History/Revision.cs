using System.Collections.Immutable;

namespace Hubwatch.History;

/// <summary>A commit that changed a record, and what it changed; never empty (an edit that changes nothing is no revision).</summary>
public sealed record Revision(CommitInfo Commit, ImmutableArray<FieldChange> Changes);
