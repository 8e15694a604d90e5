using System.Collections.Immutable;
using Hubwatch.Diagnostics;

namespace Hubwatch.Content;

/// <summary>
/// One organisation at an agreement or event, and what it undertakes (or, as a <see cref="PartyRole.Guest"/>, what its
/// people did there).
/// </summary>
public sealed record Party(
    EntityRef<Partner> Partner,
    LocalizedText? Undertakes,
    ImmutableArray<Citation> Sources,
    bool IsEditorial,
    SourceLocation Where)
{
    public PartyRole Role { get; init; } = PartyRole.Party;
}
