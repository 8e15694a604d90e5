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
    private static readonly PerArray<Agreement, Linked> Parties = new();

    public static void Check(ContentIndex index, DiagnosticBag bag)
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

        // The partners the agreements link are kept while the agreements and the partners are unchanged.
        var agreements = Parties.Of(content.Agreements, kept => ReferenceEquals(kept.PartnerNames, index.PartnerNames), () => PartiesOf(content.Agreements, index));
        var linked = new HashSet<string>(agreements.Ids, StringComparer.Ordinal);
        void Link(EntityRef? reference)
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
    }

    private static Linked PartiesOf(ImmutableArray<Agreement> agreements, ContentIndex index)
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

        return new Linked(index.PartnerNames, ids);
    }

    /// <summary>The partners some records link, resolved with one set of partner names.</summary>
    private sealed record Linked(IReadOnlyDictionary<string, string> PartnerNames, HashSet<string> Ids);
}
