using System.Collections.Immutable;
using System.Text;

namespace Hubwatch.Content;

/// <summary>Lookups over a content set: records by id, partners by id or alias, seeds with searchable text.</summary>
/// <remarks>
/// The index is made from its <see cref="Parts"/>, each worked out from one kind of record by a static function
/// here. <see cref="Of"/> works them all out; a serve session's build works each out only when its records
/// changed (see <c>Cli/BuildStages</c>). The maps are plain dictionaries, never changed once built.
/// </remarks>
public sealed class ContentIndex
{
    private readonly Names _names;
    private ImmutableArray<CitedFact> _citations;
    private Dictionary<string, List<CitedFact>>? _citationsBySeed;

    public ContentIndex(ContentSet content, Parts parts)
    {
        Content = content;
        Hubs = parts.Hubs;
        Programs = parts.Programs;
        Partners = parts.Partners;
        Agreements = parts.Agreements;
        Funding = parts.Funding;
        Seeds = parts.Seeds;
        SeedTexts = parts.SeedTexts;
        _names = parts.PartnerNames;
        PartnerNames = _names.Ids;
        CitationsPerKind = parts.CitationsPerKind;
        _bySeedPerKind = parts.CitationsBySeedPerKind;
    }

    private readonly ImmutableArray<IReadOnlyDictionary<string, CitedFact[]>> _bySeedPerKind;

    /// <summary>The index of a content set, every part worked out from the records.</summary>
    public static ContentIndex Of(ContentSet content)
    {
        var partners = ById(content.Partners);
        ImmutableArray<ImmutableArray<CitedFact>> citations =
        [
            CitationsOf(content.Hubs, ContentSetExtensions.CitationsOf),
            CitationsOf(content.Programs, ContentSetExtensions.CitationsOf),
            CitationsOf(content.Partners, ContentSetExtensions.CitationsOf),
            CitationsOf(content.Agreements, ContentSetExtensions.CitationsOf),
            CitationsOf(content.Funding, ContentSetExtensions.CitationsOf),
        ];
        return new ContentIndex(content, new Parts(
            ById(content.Hubs), ById(content.Programs), partners, ById(content.Agreements), ById(content.Funding), ById(content.Seeds),
            SeedTextsById(content.Seeds, SeedText.Of),
            NamesOf(content.Partners, partners, AliasKeysOf),
            citations,
            [.. citations.Select(GroupBySeed)]));
    }

    /// <summary>What an index is made of; each part depends on one kind of record only.</summary>
    /// <param name="CitationsPerKind">The citations of hubs, programs, partners, agreements and funding, one array per kind, in the order of <see cref="ContentSetExtensions.AllCitations"/>.</param>
    /// <param name="CitationsBySeedPerKind">The same citations grouped by seed id, one map per kind.</param>
    public sealed record Parts(
        IReadOnlyDictionary<Id<Hub>, Hub> Hubs,
        IReadOnlyDictionary<Id<HubProgram>, HubProgram> Programs,
        IReadOnlyDictionary<Id<Partner>, Partner> Partners,
        IReadOnlyDictionary<Id<Agreement>, Agreement> Agreements,
        IReadOnlyDictionary<Id<Funding>, Funding> Funding,
        IReadOnlyDictionary<Id<Seed>, Seed> Seeds,
        IReadOnlyDictionary<Id<Seed>, SeedText> SeedTexts,
        Names PartnerNames,
        ImmutableArray<ImmutableArray<CitedFact>> CitationsPerKind,
        ImmutableArray<IReadOnlyDictionary<string, CitedFact[]>> CitationsBySeedPerKind);

    public ContentSet Content { get; }

    public IReadOnlyDictionary<Id<Hub>, Hub> Hubs { get; }

    public IReadOnlyDictionary<Id<HubProgram>, HubProgram> Programs { get; }

    public IReadOnlyDictionary<Id<Partner>, Partner> Partners { get; }

    public IReadOnlyDictionary<Id<Agreement>, Agreement> Agreements { get; }

    public IReadOnlyDictionary<Id<Funding>, Funding> Funding { get; }

    public IReadOnlyDictionary<Id<Seed>, Seed> Seeds { get; }

    /// <summary>The searchable text of each seed id; the same dictionary for as long as the seeds are the same.</summary>
    public IReadOnlyDictionary<Id<Seed>, SeedText> SeedTexts { get; }

    /// <summary>Partner ids, aliases and Korean names, each mapped to the partner id; the same dictionary for as long as the partners are the same.</summary>
    public IReadOnlyDictionary<string, Id<Partner>> PartnerNames { get; }

    /// <summary>
    /// The citations of hubs, programs, partners, agreements and funding, one array per kind, in the order of
    /// <see cref="ContentSetExtensions.AllCitations"/>; an array is the same instance for as long as its records are.
    /// </summary>
    public ImmutableArray<ImmutableArray<CitedFact>> CitationsPerKind { get; }

    /// <summary>Every citation the content makes, in the order of <see cref="ContentSetExtensions.AllCitations"/>.</summary>
    /// <remarks>A record's citations are listed once per record instance, so an unchanged record gives the same <see cref="CitedFact"/> instances.</remarks>
    public ImmutableArray<CitedFact> Citations
    {
        get
        {
            if (_citations.IsDefault)
            {
                var all = ImmutableArray.CreateBuilder<CitedFact>(CitationsPerKind.Sum(k => k.Length));
                foreach (var kind in CitationsPerKind)
                {
                    all.AddRange(kind);
                }

                ImmutableInterlocked.InterlockedInitialize(ref _citations, all.MoveToImmutable());
            }

            return _citations;
        }
    }

    /// <summary>The citations of each seed id (known or not), in the order of <see cref="Citations"/>.</summary>
    public IReadOnlyDictionary<string, List<CitedFact>> CitationsBySeed
    {
        get
        {
            if (_citationsBySeed is null)
            {
                var bySeed = new Dictionary<string, List<CitedFact>>(StringComparer.Ordinal);
                foreach (var kind in _bySeedPerKind)
                {
                    foreach (var (seed, facts) in kind)
                    {
                        if (!bySeed.TryGetValue(seed, out var list))
                        {
                            bySeed[seed] = list = [];
                        }

                        list.AddRange(facts);
                    }
                }

                Interlocked.CompareExchange(ref _citationsBySeed, bySeed, null);
            }

            return _citationsBySeed;
        }
    }

    /// <summary>Resolves a partner reference written as an id, an alias or the Korean name.</summary>
    public Partner? Partner(Id<Partner> reference) =>
        (Partners.TryGetValue(reference, out var partner) ? partner : null) ?? _names.Partners.GetValueOrDefault(AliasKey(reference.Value));

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
    public static IReadOnlyDictionary<Id<Hub>, Hub> ById(ImmutableArray<Hub> hubs) => FirstById(hubs, h => h.Id);

    public static IReadOnlyDictionary<Id<HubProgram>, HubProgram> ById(ImmutableArray<HubProgram> programs) => FirstById(programs, p => p.Id);

    public static IReadOnlyDictionary<Id<Partner>, Partner> ById(ImmutableArray<Partner> partners) => FirstById(partners, p => p.Id);

    public static IReadOnlyDictionary<Id<Agreement>, Agreement> ById(ImmutableArray<Agreement> agreements) => FirstById(agreements, a => a.Id);

    public static IReadOnlyDictionary<Id<Funding>, Funding> ById(ImmutableArray<Funding> figures) => FirstById(figures, f => f.Id);

    public static IReadOnlyDictionary<Id<Seed>, Seed> ById(ImmutableArray<Seed> seeds) => FirstById(seeds, s => s.Id);

    private static Dictionary<Id<T>, T> FirstById<T>(ImmutableArray<T> records, Func<T, Id<T>> id)
        where T : class
    {
        var map = new Dictionary<Id<T>, T>(records.Length);
        foreach (var record in records)
        {
            map.TryAdd(id(record), record);
        }

        return map;
    }

    /// <summary>The searchable text of each seed id, the first seed of an id as in <see cref="Seeds"/>; <paramref name="textOf"/> makes one.</summary>
    public static IReadOnlyDictionary<Id<Seed>, SeedText> SeedTextsById(ImmutableArray<Seed> seeds, Func<Seed, SeedText> textOf)
    {
        var texts = new Dictionary<Id<Seed>, SeedText>(seeds.Length);
        foreach (var seed in seeds)
        {
            if (!texts.ContainsKey(seed.Id))
            {
                texts.Add(seed.Id, textOf(seed));
            }
        }

        return texts;
    }

    /// <summary>The keys a partner is found by besides its id: its aliases and Korean name (see <see cref="AliasKey"/>).</summary>
    public static string[] AliasKeysOf(Partner partner) => [.. partner.Aliases.Append(partner.Name.Ko).Where(a => a.Length > 0).Select(AliasKey)];

    /// <summary>Each partner's id and alias keys (<paramref name="keysOf"/>), mapped to the partner; the first partner in id order keeps a key.</summary>
    public static Names NamesOf(ImmutableArray<Partner> partners, IReadOnlyDictionary<Id<Partner>, Partner> byId, Func<Partner, string[]> keysOf)
    {
        var names = new Dictionary<string, Id<Partner>>(StringComparer.Ordinal);
        foreach (var partner in partners.OrderBy(p => p.Id))
        {
            names.TryAdd(partner.Id, partner.Id);
            foreach (var key in keysOf(partner))
            {
                names.TryAdd(key, partner.Id);
            }
        }

        var resolved = new Dictionary<string, Partner>(names.Count, StringComparer.Ordinal);
        foreach (var (name, id) in names)
        {
            resolved.Add(name, byId[id]);
        }

        return new Names(names, resolved);
    }

    /// <summary>The citations of a kind of record, in record order; <paramref name="citationsOf"/> lists one record's.</summary>
    public static ImmutableArray<CitedFact> CitationsOf<T>(ImmutableArray<T> records, Func<T, CitedFact[]> citationsOf)
    {
        var all = new List<CitedFact>();
        foreach (var record in records)
        {
            all.AddRange(citationsOf(record));
        }

        return [.. all];
    }

    /// <summary>Citations grouped by seed id, in the order given.</summary>
    public static IReadOnlyDictionary<string, CitedFact[]> GroupBySeed(ImmutableArray<CitedFact> facts)
    {
        var bySeed = new Dictionary<string, List<CitedFact>>(StringComparer.Ordinal);
        foreach (var fact in facts)
        {
            if (!bySeed.TryGetValue(fact.Citation.Seed, out var list))
            {
                bySeed[fact.Citation.Seed] = list = [];
            }

            list.Add(fact);
        }

        return bySeed.ToDictionary(kv => kv.Key, kv => kv.Value.ToArray(), StringComparer.Ordinal);
    }

    /// <summary>The partners' names.</summary>
    /// <param name="Ids">Each partner id, alias and Korean name, mapped to the partner id.</param>
    /// <param name="Partners">The same names, mapped to the partner.</param>
    public sealed record Names(IReadOnlyDictionary<string, Id<Partner>> Ids, IReadOnlyDictionary<string, Partner> Partners);
}
