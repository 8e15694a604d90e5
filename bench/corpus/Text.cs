namespace Hubwatch.Bench.Corpus;

/// <summary>A text in both languages, Korean first.</summary>
public sealed record Text(string Ko, string En);
