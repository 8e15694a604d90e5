using Hubwatch.Diagnostics;

namespace Hubwatch.Content;

/// <summary>A verbatim quote from a seed document that supports a fact.</summary>
public sealed record Citation(Id<Seed> Seed, string Quote, SourceLocation Where);
