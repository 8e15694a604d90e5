using Hubwatch.Content;

namespace Hubwatch.Model.Diff;

/// <summary>
/// A total that differs between two versions of the content. <see cref="Dimension"/> is <c>all</c>, <c>hub</c>,
/// <c>funder_kind</c> or <c>status</c>; <see cref="Key"/> the hub (a shared figure's hubs and places as
/// <see cref="HubGroup.Key"/> gives them), funder kind or status; the amounts are whole won.
/// </summary>
public sealed record TotalMove(string Dimension, string Key, Krw Before, Krw After)
{
    /// <summary>For a hub's total, the hubs and places whose money it is.</summary>
    public HubGroup? Group { get; init; }

    public Krw Difference => new(After.Value - Before.Value);
}
