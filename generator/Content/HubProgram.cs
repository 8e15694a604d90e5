using System.Collections.Immutable;
using Hubwatch.Diagnostics;

namespace Hubwatch.Content;

/// <summary>A national or local scheme that hubs take part in.</summary>
public sealed record HubProgram(
    Id<HubProgram> Id,
    LocalizedText Name,
    ProgramScope Scope,
    EntityRef<Partner>? Owner,
    LocalizedText Summary,
    LocalizedText Body,
    ImmutableArray<Citation> Sources,
    bool IsEditorial,
    SourceLocation Where)
{
    /// <summary>The English text is not written yet; English pages show the Korean text and say so.</summary>
    public bool IsTranslationPending { get; init; }

    /// <summary>The editors' readings of the sources in this record, each with its reasoning; shown apart from what the sources state.</summary>
    public ImmutableArray<Inference> Inferences { get; init; } = [];
}
