using System.Collections.Immutable;
using Hubwatch.Diagnostics;

namespace Hubwatch.Content;

/// <summary>
/// What the editors read into a source rather than what it states (a column a table leaves unlabelled, a
/// year deduced from "올해", a split the source does not give), with the reasoning. Pages show it as the
/// editors' reading, apart from the source's statements.
/// </summary>
/// <param name="Declares">The numbers the inference states that no quote does, as written (<c>2026년</c>, <c>2.3억원</c>);
/// the grounding check lets the record state these and no others beyond its quotes.</param>
/// <param name="Sources">The passages the reasoning reads from, if any.</param>
public sealed record Inference(
    LocalizedText Text,
    LocalizedText Reasoning,
    ImmutableArray<string> Declares,
    ImmutableArray<Citation> Sources,
    SourceLocation Where)
{
    /// <summary>Where each declared number is written, in the order of <see cref="Declares"/>.</summary>
    public ImmutableArray<SourceLocation> DeclaredAt { get; init; } = [];

    /// <summary>What of a funding figure the reading decides (<c>reads: [hub, funder-kind]</c>); empty for other records.</summary>
    public ImmutableArray<FundingReading> Reads { get; init; } = [];
}
