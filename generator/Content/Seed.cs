using Hubwatch.Diagnostics;

namespace Hubwatch.Content;

/// <summary>A source document, verbatim, with its metadata.</summary>
public sealed record Seed(
    Id<Seed> Id,
    LocalizedText Publisher,
    LocalizedText Title,
    PartialDate? Published,
    LocalizedText? DateNote,
    SeedKind Kind,
    string? Url,
    string Text,
    SourceLocation Where)
{
    /// <summary>The source's own dates conflict (a dateline and a byline that differ); <see cref="DateNote"/> says which the editors used.</summary>
    public bool DatesDisagree { get; init; }
}
