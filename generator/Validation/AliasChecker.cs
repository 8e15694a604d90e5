using System.Collections.Immutable;
using Hubwatch.Content;
using Hubwatch.Diagnostics;

namespace Hubwatch.Validation;

/// <summary>
/// An alias names one partner. A reference resolves a name through every partner's id, Korean name and aliases (as
/// <see cref="ContentIndex.AliasKey"/> reads them), and the first partner in id order keeps a name two of them claim:
/// without this check an alias added to a second partner would silently send references elsewhere.
/// </summary>
public static class AliasChecker
{
    public static ImmutableArray<Diagnostic> Check(ImmutableArray<Partner> partners) => DiagnosticBag.Collect(bag =>
    {
        // Every claim on a name: a partner's id, its Korean name, each of its aliases (with where that is written).
        var claims = new Dictionary<string, List<(Partner Partner, string How, SourceLocation? Where, string Written)>>(StringComparer.Ordinal);
        void Claim(string key, Partner partner, string how, SourceLocation? where, string written)
        {
            if (key.Length == 0)
            {
                return;
            }

            if (!claims.TryGetValue(key, out var list))
            {
                claims[key] = list = [];
            }

            if (!list.Any(c => c.Partner.Id == partner.Id))
            {
                list.Add((partner, how, where, written));
            }
        }

        foreach (var partner in partners.OrderBy(p => p.Id))
        {
            Claim(partner.Id.Value, partner, "id", null, partner.Id.Value);
            Claim(ContentIndex.AliasKey(partner.Name.Ko), partner, "Korean name", null, partner.Name.Ko);
            for (var i = 0; i < partner.Aliases.Length; i++)
            {
                Claim(ContentIndex.AliasKey(partner.Aliases[i]), partner, "alias", i < partner.AliasesWhere.Length ? partner.AliasesWhere[i] : partner.Where, partner.Aliases[i]);
            }
        }

        // Each alias another partner also claims is reported where it is written, naming the other: two aliases both,
        // an alias that is another partner's id or Korean name (which stay theirs) only the alias.
        foreach (var list in claims.Values.Where(l => l.Count > 1))
        {
            foreach (var (partner, _, where, written) in list.Where(c => c.How == "alias"))
            {
                var others = list.Where(c => c.Partner.Id != partner.Id)
                    .Select(c => $"the {c.How} of partner '{c.Partner.Id}' ({c.Partner.Where.Path}:{(c.Where ?? c.Partner.Where).Line})");
                bag.Error(
                    where!,
                    $"alias '{written}' of partner '{partner.Id}' is also {string.Join(" and ", others)}; a reference to it cannot tell them apart",
                    "an alias names one partner: keep it on the partner it names and remove it from the other");
            }
        }
    });
}
