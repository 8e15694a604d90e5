using System.Collections.Immutable;
using Hubwatch.Diagnostics;

namespace Hubwatch.Content;

/// <summary>A place where programs are carried out.</summary>
public sealed record Hub(
    Id<Hub> Id,
    LocalizedText Name,
    LocalizedText Region,
    LocalizedText Province,
    Coordinates? Coordinates,
    PartialDate? Designated,
    LocalizedText? Area,
    HubStatus Status,
    ImmutableArray<EntityRef<HubProgram>> Programs,
    LocalizedText Summary,
    ImmutableArray<KeyFigure> KeyFigures,
    LocalizedText Body,
    LocalizedText? Note,
    ImmutableArray<Citation> Sources,
    SourceLocation Where)
{
    /// <summary>The English text is not written yet; English pages show the Korean text and say so.</summary>
    public bool IsTranslationPending { get; init; }

    /// <summary>The editors' readings of the sources in this record, each with its reasoning; shown apart from what the sources state.</summary>
    public ImmutableArray<Inference> Inferences { get; init; } = [];

    /// <summary>Where <c>designated</c> is written, for a diagnostic about it; null for a hub made in code.</summary>
    public SourceLocation? DesignatedWhere { get; init; }
}
