using System.Collections.Immutable;
using System.Runtime.CompilerServices;
using System.Text;

namespace Hubwatch.Content;

/// <summary>Lookups over a content set: records by id, partners by id or alias, seeds with searchable text.</summary>
/// <remarks>
/// An index is built on every build of a serve session. What it holds is kept per record array
/// (<see cref="PerArray{T, TValue}"/>: an unchanged folder loads as the same array) and per record instance
/// (a partner's alias keys, a record's citations), so a rebuild after one edit works out again only what
/// depends on the folder edited. The maps are plain dictionaries: cheap to build, and never changed once built.
/// </remarks>
public sealed class ContentIndex
{
    private static readonly ConditionalWeakTable<Partner, string[]> PartnerKeys = [];
    private static readonly ConditionalWeakTable<object, CitedFact[]> CitationsOfRecord = [];

    private static readonly PerArray<Hub, Dictionary<string, Hub>> HubsById = new(r => FirstById(r, h => h.Id));
    private static readonly PerArray<HubProgram, Dictionary<string, HubProgram>> ProgramsById = new(r => FirstById(r, p => p.Id));
    private static readonly PerArray<Partner, Dictionary<string, Partner>> PartnersById = new(r => FirstById(r, p => p.Id));
    private static readonly PerArray<Agreement, Dictionary<string, Agreement>> AgreementsById = new(r => FirstById(r, a => a.Id));
    private static readonly PerArray<Funding, Dictionary<string, Funding>> FundingById = new(r => FirstById(r, f => f.Id));
    private static readonly PerArray<Seed, Dictionary<string, Seed>> SeedsById = new(r => FirstById(r, s => s.Id));
    private static readonly PerArray<Seed, Dictionary<string, SeedText>> SeedTextsById = new(SearchableTexts);
    private static readonly PerArray<Partner, Names> NamesOfPartners = new(NamesOf);

    private static readonly PerArray<Hub, CitedFact[]> HubCitations = new(r => CitationsOf(r, ContentSetExtensions.CitationsOf));
    private static readonly PerArray<HubProgram, CitedFact[]> ProgramCitations = new(r => CitationsOf(r, ContentSetExtensions.CitationsOf));
    private static readonly PerArray<Partner, CitedFact[]> PartnerCitations = new(r => CitationsOf(r, ContentSetExtensions.CitationsOf));
    private static readonly PerArray<Agreement, CitedFact[]> AgreementCitations = new(r => CitationsOf(r, ContentSetExtensions.CitationsOf));
    private static readonly PerArray<Funding, CitedFact[]> FundingCitations = new(r => CitationsOf(r, ContentSetExtensions.CitationsOf));
    private static readonly PerArray<CitedFact, Dictionary<string, CitedFact[]>> BySeed = new(GroupBySeed);

    private readonly Names _names;
    private ImmutableArray<CitedFact> _citations;
    private Dictionary<string, List<CitedFact>>? _citationsBySeed;

    public ContentIndex(ContentSet content)
    {
        Content = content;
        Hubs = HubsById.Of(content.Hubs);
        Programs = ProgramsById.Of(content.Programs);
        Partners = PartnersById.Of(content.Partners);
        Agreements = AgreementsById.Of(content.Agreements);
        Funding = FundingById.Of(content.Funding);
        Seeds = SeedsById.Of(content.Seeds);
        SeedTexts = SeedTextsById.Of(content.Seeds);
        _names = NamesOfPartners.Of(content.Partners);
        PartnerNames = _names.Ids;
        CitationsPerKind =
        [
            Wrap(HubCitations.Of(content.Hubs)),
            Wrap(ProgramCitations.Of(content.Programs)),
            Wrap(PartnerCitations.Of(content.Partners)),
            Wrap(AgreementCitations.Of(content.Agreements)),
            Wrap(FundingCitations.Of(content.Funding)),
        ];
    }

    public ContentSet Content { get; }

    public IReadOnlyDictionary<string, Hub> Hubs { get; }

    public IReadOnlyDictionary<string, HubProgram> Programs { get; }

    public IReadOnlyDictionary<string, Partner> Partners { get; }

    public IReadOnlyDictionary<string, Agreement> Agreements { get; }

    public IReadOnlyDictionary<string, Funding> Funding { get; }

    public IReadOnlyDictionary<string, Seed> Seeds { get; }

    /// <summary>The searchable text of each seed id; the same dictionary for as long as the seeds are the same.</summary>
    public IReadOnlyDictionary<string, SeedText> SeedTexts { get; }

    /// <summary>Partner ids, aliases and Korean names, each mapped to the partner id; the same dictionary for as long as the partners are the same.</summary>
    public IReadOnlyDictionary<string, string> PartnerNames { get; }

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
                foreach (var kind in CitationsPerKind)
                {
                    foreach (var (seed, facts) in BySeed.Of(kind))
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
    public Partner? Partner(string reference) =>
        _names.Partners.GetValueOrDefault(Partners.ContainsKey(reference) ? reference : AliasKey(reference));

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

    private static ImmutableArray<CitedFact> Wrap(CitedFact[] facts) => System.Runtime.InteropServices.ImmutableCollectionsMarshal.AsImmutableArray(facts);

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

    private static Dictionary<string, SeedText> SearchableTexts(ImmutableArray<Seed> seeds)
    {
        var texts = new Dictionary<string, SeedText>(seeds.Length, StringComparer.Ordinal);
        foreach (var seed in seeds)
        {
            // The first seed of an id, as in Seeds.
            if (!texts.ContainsKey(seed.Id))
            {
                texts.Add(seed.Id, SeedText.Of(seed));
            }
        }

        return texts;
    }

    private static Names NamesOf(ImmutableArray<Partner> partners)
    {
        var byId = PartnersById.Of(partners);
        var names = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var partner in partners.OrderBy(p => p.Id, StringComparer.Ordinal))
        {
            names.TryAdd(partner.Id, partner.Id);
            foreach (var key in PartnerKeys.GetValue(partner, static p => [.. p.Aliases.Append(p.Name.Ko).Where(a => a.Length > 0).Select(AliasKey)]))
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

    /// <summary>The citations of a kind of record, each record's listed once per record instance.</summary>
    private static CitedFact[] CitationsOf<T>(ImmutableArray<T> records, Func<T, IEnumerable<CitedFact>> citations)
        where T : class
    {
        var all = new List<CitedFact>();
        ConditionalWeakTable<object, CitedFact[]>.CreateValueCallback list = r => [.. citations((T)r)];
        foreach (var record in records)
        {
            all.AddRange(CitationsOfRecord.GetValue(record, list));
        }

        return [.. all];
    }

    private static Dictionary<string, CitedFact[]> GroupBySeed(ImmutableArray<CitedFact> facts)
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

    /// <param name="Ids">Each partner id, alias and Korean name, mapped to the partner id.</param>
    /// <param name="Partners">The same names, mapped to the partner.</param>
    private sealed record Names(Dictionary<string, string> Ids, Dictionary<string, Partner> Partners);
}
