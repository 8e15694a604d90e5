using System.Collections.Immutable;
using Hubwatch.Diagnostics;

namespace Hubwatch.Content;

/// <summary>A money figure as a source states it, normalised to exact won.</summary>
public sealed record Funding(
    string Id,
    LocalizedText Title,
    Krw Amount,
    string AmountAsWritten,
    string FunderKind,
    EntityRef? Funder,
    ImmutableArray<EntityRef> Hubs,
    EntityRef? Program,
    Period? Period,
    LocalizedText Purpose,
    string Status,
    EntityRef? PartOf,
    ImmutableArray<BreakdownItem> Breakdown,
    LocalizedText? Note,
    ImmutableArray<Citation> Sources,
    SourceLocation Where)
{
    /// <summary>The editors' readings of the sources in this record, each with its reasoning; shown apart from what the sources state.</summary>
    public ImmutableArray<Inference> Inferences { get; init; } = [];
}
