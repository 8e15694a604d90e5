using System.Collections.Immutable;
using Hubwatch.Diagnostics;

namespace Hubwatch.Content;

/// <summary>An organisation: ministry, government, institution, university, company, bank.</summary>
public sealed record Partner(
    Id<Partner> Id,
    LocalizedText Name,
    PartnerType Type,
    ImmutableArray<string> Aliases,
    LocalizedText? Summary,
    ImmutableArray<Citation> Sources,
    bool IsEditorial,
    SourceLocation Where)
{
    /// <summary>The English text is not written yet; English pages show the Korean text and say so.</summary>
    public bool IsTranslationPending { get; init; }

    /// <summary>The editors' readings of the sources in this record, each with its reasoning; shown apart from what the sources state.</summary>
    public ImmutableArray<Inference> Inferences { get; init; } = [];

    /// <summary>Where each of <see cref="Aliases"/> is written, in the same order; empty for a partner made in code.</summary>
    public ImmutableArray<SourceLocation> AliasesWhere { get; init; } = [];
}
