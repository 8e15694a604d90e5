using System.Collections.Immutable;
using Hubwatch.History;

namespace Hubwatch.Model.Diff;

/// <summary>One record that differs between two versions of the content: its key (<c>funding/jeonbuk-fund</c>) and what changed.</summary>
public sealed record RecordDiff(string Key, ImmutableArray<FieldChange> Changes);
