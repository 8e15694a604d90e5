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
    private static readonly ConditionalWeakTable<object, CitedFact[]> CitationsOf = [];

    private ImmutableArray<CitedFact> _citations;
    private readonly Dictionary<string, Partner> _partnerByName;
    private Dictionary<string, List<CitedFact>>? _citationsBySeed;

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
        _partnerByName = new Dictionary<string, Partner>(names.Count, StringComparer.Ordinal);
        foreach (var (name, id) in names)
        {
            _partnerByName.Add(name, Partners[id]);
        }
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
    /// <remarks>A record's citations are listed once per record instance, so an unchanged record gives the same <see cref="CitedFact"/> instances.</remarks>
    public ImmutableArray<CitedFact> Citations
    {
        get
        {
            if (_citations.IsDefault)
            {
                ImmutableInterlocked.InterlockedInitialize(ref _citations, ListCitations(Content));
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
                foreach (var fact in Citations)
                {
                    if (!bySeed.TryGetValue(fact.Citation.Seed, out var list))
                    {
                        bySeed[fact.Citation.Seed] = list = [];
                    }

                    list.Add(fact);
                }

                Interlocked.CompareExchange(ref _citationsBySeed, bySeed, null);
            }

            return _citationsBySeed;
        }
    }

    /// <summary>Resolves a partner reference written as an id, an alias or the Korean name.</summary>
    public Partner? Partner(string reference) =>
        _partnerByName.GetValueOrDefault(Partners.ContainsKey(reference) ? reference : AliasKey(reference));

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

    private static ImmutableArray<CitedFact> ListCitations(ContentSet content)
    {
        var all = ImmutableArray.CreateBuilder<CitedFact>();
        Add(content.Hubs, ContentSetExtensions.CitationsOf);
        Add(content.Programs, ContentSetExtensions.CitationsOf);
        Add(content.Partners, ContentSetExtensions.CitationsOf);
        Add(content.Agreements, ContentSetExtensions.CitationsOf);
        Add(content.Funding, ContentSetExtensions.CitationsOf);
        return all.ToImmutable();

        void Add<T>(ImmutableArray<T> records, Func<T, IEnumerable<CitedFact>> citations)
            where T : class
        {
            ConditionalWeakTable<object, CitedFact[]>.CreateValueCallback list = r => [.. citations((T)r)];
            foreach (var record in records)
            {
                all.AddRange(CitationsOf.GetValue(record, list));
            }
        }
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
