using System.Collections.Immutable;
using Hubwatch.Diagnostics;

namespace Hubwatch.Content;

/// <summary>An MOU, opening, selection or other dated event at a hub.</summary>
public sealed record Agreement(
    string Id,
    LocalizedText Title,
    string Kind,
    PartialDate Date,
    LocalizedText? DateNote,
    EntityRef Hub,
    EntityRef? Program,
    ImmutableArray<Party> Parties,
    LocalizedText Summary,
    LocalizedText? Note,
    ImmutableArray<Citation> Sources,
    SourceLocation Where);
