using Hubwatch.Content;

namespace Hubwatch.Model;

/// <summary>One line of a totals table: a key (hub id, funder kind, year…), its sum and how many figures went into it.</summary>
public sealed record TotalLine(string Key, Krw Amount, int Count);
