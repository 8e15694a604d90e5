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
    public static void Check(ContentIndex index, DiagnosticBag bag)
    {
        var content = index.Content;
        var programsWithHubs = content.Hubs.SelectMany(h => h.Programs).Select(p => p.Id).ToHashSet(StringComparer.Ordinal);
        var linked = content.Agreements.SelectMany(a => a.Parties).Select(p => p.Partner)
            .Concat(content.Funding.Where(f => f.Hubs.Length > 0).Select(f => f.Funder).OfType<EntityRef>())
            .Concat(content.Programs.Where(p => programsWithHubs.Contains(p.Id)).Select(p => p.Owner).OfType<EntityRef>())
            .Select(r => index.Partner(r.Id)?.Id)
            .OfType<string>()
            .ToHashSet(StringComparer.Ordinal);

        foreach (var partner in content.Partners.Where(p => !linked.Contains(p.Id)))
        {
            bag.Warning(
                partner.Where,
                $"partner '{partner.Id}' is linked to no hub",
                "name it as a party of an agreement, the funder of a funding figure or the owner of a program a hub takes part in; or remove it");
        }
    }
}
