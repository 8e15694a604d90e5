namespace Hubwatch.Bench.Corpus;

/// <summary>A ministry: full name, the short form sources use, and an id.</summary>
public sealed record Ministry(string Ko, string En, string Short, string Slug, string Type);
