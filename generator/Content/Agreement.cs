using System.Collections.Immutable;
using Hubwatch.Diagnostics;

namespace Hubwatch.Content;

/// <summary>An MOU, opening, selection or other dated event at a hub.</summary>
public sealed record Agreement(
    Id<Agreement> Id,
    LocalizedText Title,
    AgreementKind Kind,
    PartialDate Date,
    LocalizedText? DateNote,
    EntityRef<Hub> Hub,
    EntityRef<HubProgram>? Program,
    ImmutableArray<Party> Parties,
    LocalizedText Summary,
    LocalizedText? Note,
    ImmutableArray<Citation> Sources,
    SourceLocation Where)
{
    /// <summary>The editors' readings of the sources in this record, each with its reasoning; shown apart from what the sources state.</summary>
    public ImmutableArray<Inference> Inferences { get; init; } = [];

    /// <summary>Where <c>date</c> is written, for a diagnostic about it; null for an agreement made in code.</summary>
    public SourceLocation? DateWhere { get; init; }

    /// <summary>The date is missing or impossible, and an error says where; <see cref="Date"/> is a stand-in no check reads.</summary>
    public bool IsDateUnreadable { get; init; }

    /// <summary>The parties, or the guests, in the order the record lists them.</summary>
    public IEnumerable<Party> PartiesAs(PartyRole role) => Parties.Where(p => p.Role == role);
}
