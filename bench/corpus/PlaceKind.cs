namespace Hubwatch.Bench.Corpus;

/// <summary>How a place is governed: a metropolitan city is its own province-level government.</summary>
public enum PlaceKind
{
    Metro,
    City,
    County,
}
