using System.Collections.Immutable;
using Hubwatch.Content;

namespace Hubwatch.Model;

/// <summary>
/// Where a figure goes: one hub, or several hubs and places together when the source gives no split (Ochang and
/// Changwon; Jeonju with Wanju, which is no hub here). A group's money is never shown as any one member's.
/// </summary>
public sealed record HubGroup(ImmutableArray<Id<Hub>> Hubs, ImmutableArray<Id<Partner>> SharedWith)
{
    /// <summary>A stable text form for ordering and lookups, e.g. <c>ochang+changwon</c> or <c>jeonju+with:wanju-county</c>.</summary>
    public string Key { get; } = string.Join("+", Hubs.Select(h => h.Value).Concat(SharedWith.Select(p => "with:" + p)));

    /// <summary>Whether the money belongs to more than one hub or place.</summary>
    public bool IsShared => Hubs.Length + SharedWith.Length > 1;

    /// <summary>The group a figure's money goes to, in the order the figure lists its hubs and places.</summary>
    public static HubGroup Of(Funding figure) => new([.. figure.Hubs.Select(h => h.Id)], [.. figure.SharedWith.Select(p => p.Id)]);

    public bool Equals(HubGroup? other) => other is not null && Key == other.Key;

    public override int GetHashCode() => StringComparer.Ordinal.GetHashCode(Key);
}
