using Hubwatch.Diagnostics;

namespace Hubwatch.Content;

/// <summary>A verbatim quote from a seed document that supports a fact.</summary>
public sealed record Citation(Id<Seed> Seed, string Quote, SourceLocation Where)
{
    /// <summary>Where <c>seed</c> is written, for a diagnostic about the seed; null for a citation made in code (then <see cref="Where"/>).</summary>
    public SourceLocation? SeedWhere { get; init; }
}
