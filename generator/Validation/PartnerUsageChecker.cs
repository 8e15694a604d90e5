using System.Collections.Immutable;
using Hubwatch.Content;
using Hubwatch.Diagnostics;

namespace Hubwatch.Validation;

/// <summary>
/// Warns about a partner that no hub is linked to: it signs no agreement, funds nothing and runs no
/// program a hub takes part in. Its page would be an empty shell, which usually means an agreement or
/// funding figure that names it has not been written yet, or names it by a misspelt id.
/// </summary>
public static class PartnerUsageChecker
{
    public static ImmutableArray<Diagnostic> Check(ContentIndex index) =>
        Check(index, LinkedByAgreements(index.Content.Agreements, index), LinkedByFunding(index.Content.Funding, index));

    /// <param name="linkedByAgreements">The partners the agreements name as parties (<see cref="LinkedByAgreements"/>).</param>
    /// <param name="linkedByFunding">The partners that fund or share a figure of a hub (<see cref="LinkedByFunding"/>).</param>
    public static ImmutableArray<Diagnostic> Check(ContentIndex index, IReadOnlySet<string> linkedByAgreements, IReadOnlySet<string> linkedByFunding) => DiagnosticBag.Collect(bag =>
    {
        var content = index.Content;
        var programsWithHubs = new HashSet<string>(StringComparer.Ordinal);
        foreach (var hub in content.Hubs)
        {
            foreach (var program in hub.Programs)
            {
                programsWithHubs.Add(program.Id);
            }
        }

        var linked = new HashSet<string>(linkedByAgreements, StringComparer.Ordinal);
        linked.UnionWith(linkedByFunding);
        foreach (var program in content.Programs)
        {
            if (programsWithHubs.Contains(program.Id) && program.Owner is not null && index.Partner(program.Owner.Id) is { } owner)
            {
                linked.Add(owner.Id);
            }
        }

        foreach (var partner in content.Partners.Where(p => !linked.Contains(p.Id)))
        {
            bag.Warning(
                partner.Where,
                $"partner '{partner.Id}' is linked to no hub",
                "name it as a party of an agreement, the funder of a funding figure or the owner of a program a hub takes part in; or remove it");
        }
    });

    /// <summary>The ids of the partners that fund a figure of a hub or share it; reads the index's partner names.</summary>
    public static IReadOnlySet<string> LinkedByFunding(ImmutableArray<Funding> figures, ContentIndex index)
    {
        var ids = new HashSet<string>(StringComparer.Ordinal);
        foreach (var funding in figures.Where(f => f.Hubs.Length > 0))
        {
            foreach (var reference in funding.Funders.Concat(funding.SharedWith))
            {
                if (index.Partner(reference.Id) is { } partner)
                {
                    ids.Add(partner.Id);
                }
            }
        }

        return ids;
    }

    /// <summary>Whether <see cref="LinkedByFunding"/> reads the same of two versions of a figure: whether it has hubs, its funders and those it is shared with.</summary>
    public static bool LinksTheSame(Funding last, Funding now) =>
        last.Hubs.IsEmpty == now.Hubs.IsEmpty
        && last.Funders.Select(f => f.Id).SequenceEqual(now.Funders.Select(f => f.Id))
        && last.SharedWith.Select(p => p.Id).SequenceEqual(now.SharedWith.Select(p => p.Id));

    /// <summary>The ids of the partners the agreements name as parties; reads the index's partner names.</summary>
    public static IReadOnlySet<string> LinkedByAgreements(ImmutableArray<Agreement> agreements, ContentIndex index)
    {
        var ids = new HashSet<string>(StringComparer.Ordinal);
        foreach (var agreement in agreements)
        {
            foreach (var party in agreement.Parties)
            {
                if (index.Partner(party.Partner.Id) is { } partner)
                {
                    ids.Add(partner.Id);
                }
            }
        }

        return ids;
    }
}
