namespace Hubwatch.Bench.Corpus;

/// <summary>A city or county that can host a hub, with its province and where it lies.</summary>
public sealed record Place(string Ko, string En, string Slug, string ProvinceSlug, double Lat, double Lon, PlaceKind Kind);
