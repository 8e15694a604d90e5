using System.Collections.Immutable;
using Hubwatch.Diagnostics;

namespace Hubwatch.Content;

/// <summary>One party to an agreement, and what it undertakes.</summary>
public sealed record Party(
    EntityRef<Partner> Partner,
    LocalizedText? Undertakes,
    ImmutableArray<Citation> Sources,
    bool IsEditorial,
    SourceLocation Where);
