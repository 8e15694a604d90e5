namespace Hubwatch.Bench.Corpus;

/// <summary>A verbatim quote from a generated seed document.</summary>
public sealed record Quote(string Seed, string Sentence);
