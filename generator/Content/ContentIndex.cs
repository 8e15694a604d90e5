using System.Collections.Immutable;
using System.Runtime.CompilerServices;
using System.Text;

namespace Hubwatch.Content;

/// <summary>Lookups over a content set: records by id, partners by id or alias, seeds with searchable text.</summary>
/// <remarks>
/// An index is built on every build of a serve session, so it uses plain dictionaries (cheap to build)
/// rather than frozen ones (cheap to read, slow to build), and takes what depends on one record only
/// (a seed's searchable text, a partner's alias keys) from a table kept per record instance: records are
/// immutable and unchanged files load as the same instances, so those are worked out once per edit.
/// </remarks>
public sealed class ContentIndex
{
    private static readonly ConditionalWeakTable<Partner, string[]> PartnerKeys = [];

    private ImmutableArray<CitedFact> _citations;

    public ContentIndex(ContentSet content)
    {
        Content = content;
        Hubs = FirstById(content.Hubs, h => h.Id);
        Programs = FirstById(content.Programs, p => p.Id);
        Partners = FirstById(content.Partners, p => p.Id);
        Agreements = FirstById(content.Agreements, a => a.Id);
        Funding = FirstById(content.Funding, f => f.Id);
        Seeds = FirstById(content.Seeds, s => s.Id);
        var seedTexts = new Dictionary<string, SeedText>(Seeds.Count, StringComparer.Ordinal);
        foreach (var (id, seed) in Seeds)
        {
            seedTexts.Add(id, SeedText.Of(seed));
        }

        SeedTexts = seedTexts;

        var names = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var partner in content.Partners.OrderBy(p => p.Id, StringComparer.Ordinal))
        {
            names.TryAdd(partner.Id, partner.Id);
            foreach (var key in PartnerKeys.GetValue(partner, static p => [.. p.Aliases.Append(p.Name.Ko).Where(a => a.Length > 0).Select(AliasKey)]))
            {
                names.TryAdd(key, partner.Id);
            }
        }

        PartnerNames = names;
    }

    public ContentSet Content { get; }

    public IReadOnlyDictionary<string, Hub> Hubs { get; }

    public IReadOnlyDictionary<string, HubProgram> Programs { get; }

    public IReadOnlyDictionary<string, Partner> Partners { get; }

    public IReadOnlyDictionary<string, Agreement> Agreements { get; }

    public IReadOnlyDictionary<string, Funding> Funding { get; }

    public IReadOnlyDictionary<string, Seed> Seeds { get; }

    public IReadOnlyDictionary<string, SeedText> SeedTexts { get; }

    /// <summary>Partner ids, aliases and Korean names, each mapped to the partner id.</summary>
    public IReadOnlyDictionary<string, string> PartnerNames { get; }

    /// <summary>Every citation the content makes, in the order of <see cref="ContentSetExtensions.AllCitations"/>; listed once per index.</summary>
    public ImmutableArray<CitedFact> Citations
    {
        get
        {
            if (_citations.IsDefault)
            {
                ImmutableInterlocked.InterlockedInitialize(ref _citations, [.. Content.AllCitations()]);
            }

            return _citations;
        }
    }

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

    /// <summary>The first record of each id, in file order.</summary>
    private static Dictionary<string, T> FirstById<T>(ImmutableArray<T> records, Func<T, string> id)
    {
        var map = new Dictionary<string, T>(records.Length, StringComparer.Ordinal);
        foreach (var record in records)
        {
            map.TryAdd(id(record), record);
        }

        return map;
    }
}
