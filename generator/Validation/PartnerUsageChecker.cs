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
    public static ImmutableArray<Diagnostic> Check(ContentIndex index) => Check(index, LinkedByAgreements(index.Content.Agreements, index));

    /// <param name="linkedByAgreements">The partners the agreements name as parties (<see cref="LinkedByAgreements"/>).</param>
    public static ImmutableArray<Diagnostic> Check(ContentIndex index, IReadOnlySet<string> linkedByAgreements) => DiagnosticBag.Collect(bag =>
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
        void Link(EntityRef<Partner>? reference)
        {
            if (reference is not null && index.Partner(reference.Id) is { } partner)
            {
                linked.Add(partner.Id);
            }
        }

        foreach (var funding in content.Funding)
        {
            if (funding.Hubs.Length > 0)
            {
                foreach (var funder in funding.Funders)
                {
                    Link(funder);
                }

                foreach (var party in funding.SharedWith)
                {
                    Link(party);
                }
            }
        }

        foreach (var program in content.Programs)
        {
            if (programsWithHubs.Contains(program.Id))
            {
                Link(program.Owner);
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
