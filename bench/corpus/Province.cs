namespace Hubwatch.Bench.Corpus;

/// <summary>A province-level government.</summary>
public sealed record Province(string Slug, string Short, string ShortEn, string Ko, string En, string Alias);
