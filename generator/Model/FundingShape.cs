using Hubwatch.Content;

namespace Hubwatch.Model;

/// <summary>
/// What the site model's maps, totals and list order read of a funding figure: everything but its prose (title,
/// purpose, note), its sources and inferences, and where it is written. Two versions of a figure of the same shape
/// sit in the same places of every map, total and list, so those can be kept and given the new version.
/// </summary>
public static class FundingShape
{
    /// <summary>Whether the two versions differ in nothing the model's maps, totals and list order read.</summary>
    public static bool IsSame(Funding last, Funding now) =>
        last.Id == now.Id
        && last.Amount == now.Amount
        && last.AmountAsWritten == now.AmountAsWritten
        && last.FunderKind == now.FunderKind
        && last.Funder?.Id == now.Funder?.Id
        && last.Funder is null == now.Funder is null
        && SameIds(last.Hubs, now.Hubs)
        && last.Program?.Id == now.Program?.Id
        && last.Program is null == now.Program is null
        && Equals(last.Period, now.Period)
        && last.Status == now.Status
        && last.PartOf?.Id == now.PartOf?.Id
        && last.PartOf is null == now.PartOf is null
        && last.Breakdown.Length == now.Breakdown.Length
        && last.Breakdown.Zip(now.Breakdown).All(p => p.First with { Where = p.Second.Where } == p.Second)
        && SameIds(last.CoFunders, now.CoFunders)
        && last.HasUnnamedFunders == now.HasUnnamedFunders
        && SameIds(last.SharedWith, now.SharedWith);

    private static bool SameIds<T>(System.Collections.Immutable.ImmutableArray<EntityRef<T>> last, System.Collections.Immutable.ImmutableArray<EntityRef<T>> now)
        where T : class =>
        last.Length == now.Length && last.Select(r => r.Id).SequenceEqual(now.Select(r => r.Id));
}
