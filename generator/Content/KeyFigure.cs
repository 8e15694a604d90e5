using System.Collections.Immutable;
using Hubwatch.Diagnostics;

namespace Hubwatch.Content;

/// <summary>A figure worth showing at a glance on a hub page ("35 storeys", "45 staff").</summary>
public sealed record KeyFigure(
    LocalizedText Label,
    LocalizedText Value,
    ImmutableArray<Citation> Sources,
    bool IsEditorial,
    SourceLocation Where);
