namespace Hubwatch.Bench.Corpus;

/// <summary>Something built or run with the money (a testbed, a support centre …).</summary>
public sealed record Facility(string Ko, string En, string Slug);
