namespace Hubwatch.Bench.Corpus;

/// <summary>A kind of hub (innovation city, free economic zone …).</summary>
public sealed record HubKind(string Ko, string En, string Slug, bool IsThemed);
