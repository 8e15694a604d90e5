using System.Collections.Frozen;
using System.Text;

namespace Hubwatch.Content;

/// <summary>Lookups over a content set: records by id, partners by id or alias, seeds with searchable text.</summary>
public sealed class ContentIndex
{
    public ContentIndex(ContentSet content)
    {
        Content = content;
        Hubs = FirstById(content.Hubs, h => h.Id);
        Programs = FirstById(content.Programs, p => p.Id);
        Partners = FirstById(content.Partners, p => p.Id);
        Agreements = FirstById(content.Agreements, a => a.Id);
        Funding = FirstById(content.Funding, f => f.Id);
        Seeds = FirstById(content.Seeds, s => s.Id);
        SeedTexts = content.Seeds
            .GroupBy(s => s.Id, StringComparer.Ordinal)
            .ToFrozenDictionary(g => g.Key, g => new SeedText(g.First().Text), StringComparer.Ordinal);

        var names = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var partner in content.Partners.OrderBy(p => p.Id, StringComparer.Ordinal))
        {
            names.TryAdd(partner.Id, partner.Id);
            foreach (var alias in partner.Aliases.Append(partner.Name.Ko).Where(a => a.Length > 0))
            {
                names.TryAdd(AliasKey(alias), partner.Id);
            }
        }

        PartnerNames = names.ToFrozenDictionary(StringComparer.Ordinal);
    }

    public ContentSet Content { get; }

    public FrozenDictionary<string, Hub> Hubs { get; }

    public FrozenDictionary<string, HubProgram> Programs { get; }

    public FrozenDictionary<string, Partner> Partners { get; }

    public FrozenDictionary<string, Agreement> Agreements { get; }

    public FrozenDictionary<string, Funding> Funding { get; }

    public FrozenDictionary<string, Seed> Seeds { get; }

    public FrozenDictionary<string, SeedText> SeedTexts { get; }

    /// <summary>Partner ids, aliases and Korean names, each mapped to the partner id.</summary>
    public FrozenDictionary<string, string> PartnerNames { get; }

    /// <summary>Resolves a partner reference written as an id, an alias or the Korean name.</summary>
    public Partner? Partner(string reference) =>
        PartnerNames.TryGetValue(Partners.ContainsKey(reference) ? reference : AliasKey(reference), out var id) ? Partners[id] : null;

    /// <summary>Aliases match regardless of spaces and company markers: ㈜카카오엔터프라이즈 is 카카오엔터프라이즈.</summary>
    public static string AliasKey(string name)
    {
        var builder = new StringBuilder(name.Normalize(NormalizationForm.FormC));
        builder.Replace("(주)", "").Replace("㈜", "");
        for (var i = builder.Length - 1; i >= 0; i--)
        {
            if (char.IsWhiteSpace(builder[i]))
            {
                builder.Remove(i, 1);
            }
        }

        return builder.ToString();
    }

    private static FrozenDictionary<string, T> FirstById<T>(IEnumerable<T> records, Func<T, string> id) =>
        records.GroupBy(id, StringComparer.Ordinal).ToFrozenDictionary(g => g.Key, g => g.First(), StringComparer.Ordinal);
}
