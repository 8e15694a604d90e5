using Hubwatch.Content;

namespace Hubwatch.Model;

/// <summary>One line of the totals by hub: a hub alone, or a group of hubs and places sharing figures, with its sum and how many figures went into it, parts included.</summary>
public sealed record HubTotalLine(HubGroup Group, Krw Amount, int Count);
