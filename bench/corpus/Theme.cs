namespace Hubwatch.Bench.Corpus;

/// <summary>A field of industry or research a hub, program or record is about.</summary>
public sealed record Theme(string Ko, string En, string Slug);
