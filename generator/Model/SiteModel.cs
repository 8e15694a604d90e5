using System.Collections.Immutable;
using Hubwatch.Content;

namespace Hubwatch.Model;

/// <summary>
/// The validated content as one linked graph: which agreements, funding figures, partners and
/// programs belong to which hub, and the other way round. Built once, in linear time, and shared
/// by the pages of both languages.
/// </summary>
public sealed class SiteModel
{
    public SiteModel(ContentIndex index, UrlScheme urls)
    {
        Index = index;
        Urls = urls;
        var content = index.Content;

        // Each kind is put in page order once; every map below then lists its records in that order.
        var agreements = Ordered(content.Agreements, ByDate);
        var figures = Ordered(content.Funding, ById);
        AgreementsByHub = Group(agreements, static (a, keys) => keys.Add(a.Hub.Id));
        AgreementsByProgram = Group(agreements, static (a, keys) =>
        {
            if (a.Program is not null)
            {
                keys.Add(a.Program.Id);
            }
        });
        AgreementsByPartner = Group(agreements, (a, keys) =>
        {
            foreach (var party in a.Parties)
            {
                keys.Add(PartnerId(party.Partner));
            }
        });
        FundingByHub = Group(figures, static (f, keys) =>
        {
            foreach (var hub in f.Hubs)
            {
                keys.Add(hub.Id);
            }
        });
        FundingByProgram = Group(figures, static (f, keys) =>
        {
            if (f.Program is not null)
            {
                keys.Add(f.Program.Id);
            }
        });
        FundingByFunder = Group(figures, (f, keys) =>
        {
            if (f.Funder is not null)
            {
                keys.Add(PartnerId(f.Funder));
            }
        });
        PartsOf = Group(figures, static (f, keys) =>
        {
            if (f.PartOf is not null)
            {
                keys.Add(f.PartOf.Id);
            }
        });
        HubsByProgram = Group(Ordered(content.Hubs, static h => h.Id), static (h, keys) =>
        {
            foreach (var program in h.Programs)
            {
                keys.Add(program.Id);
            }
        });

        var partnersOfHub = new Dictionary<string, SortedSet<string>>(StringComparer.Ordinal);
        var hubsOfPartner = new Dictionary<string, SortedSet<string>>(StringComparer.Ordinal);
        void Link(string hub, string partner)
        {
            Add(partnersOfHub, hub, partner);
            Add(hubsOfPartner, partner, hub);
        }

        foreach (var agreement in content.Agreements)
        {
            foreach (var party in agreement.Parties)
            {
                Link(agreement.Hub.Id, PartnerId(party.Partner));
            }
        }

        foreach (var funding in content.Funding.Where(f => f.Funder is not null))
        {
            foreach (var hub in funding.Hubs)
            {
                Link(hub.Id, PartnerId(funding.Funder!));
            }
        }

        PartnersOfHub = ToArrays(partnersOfHub);
        HubsOfPartner = ToArrays(hubsOfPartner);
        Totals = FundingTotals.Of(content.Funding);
        Annotations = new SourceAnnotations(index);
    }

    public ContentIndex Index { get; }

    public UrlScheme Urls { get; }

    public SiteConfig Site => Index.Content.Site;

    public IReadOnlyDictionary<string, ImmutableArray<Agreement>> AgreementsByHub { get; }

    public IReadOnlyDictionary<string, ImmutableArray<Agreement>> AgreementsByProgram { get; }

    public IReadOnlyDictionary<string, ImmutableArray<Agreement>> AgreementsByPartner { get; }

    public IReadOnlyDictionary<string, ImmutableArray<Funding>> FundingByHub { get; }

    public IReadOnlyDictionary<string, ImmutableArray<Funding>> FundingByProgram { get; }

    public IReadOnlyDictionary<string, ImmutableArray<Funding>> FundingByFunder { get; }

    public IReadOnlyDictionary<string, ImmutableArray<Funding>> PartsOf { get; }

    public IReadOnlyDictionary<string, ImmutableArray<Hub>> HubsByProgram { get; }

    public IReadOnlyDictionary<string, ImmutableArray<string>> PartnersOfHub { get; }

    public IReadOnlyDictionary<string, ImmutableArray<string>> HubsOfPartner { get; }

    public FundingTotals Totals { get; }

    public SourceAnnotations Annotations { get; }

    /// <summary>Looks up a list in one of the maps above, empty when the key has none.</summary>
    public static ImmutableArray<T> Of<T>(IReadOnlyDictionary<string, ImmutableArray<T>> map, string key) =>
        map.TryGetValue(key, out var list) ? list : [];

    /// <summary>An absolute URL on the portal's origin (the custom domain when one is set), for feeds, sitemaps and data.</summary>
    public string Absolute(string path)
    {
        var root = Site.Domain is { } domain ? "https://" + domain : Site.Url.TrimEnd('/');

        // `url` may already name a project site's folder (https://owner.github.io/repo) that the base path
        // repeats; the path then keeps it, once.
        if (Uri.TryCreate(root + "/", UriKind.Absolute, out var uri) && uri.AbsolutePath != "/" && path.StartsWith(uri.AbsolutePath, StringComparison.Ordinal))
        {
            return uri.GetLeftPart(UriPartial.Authority) + path;
        }

        return root + path;
    }

    /// <summary>The partner id a reference resolves to (references may be aliases).</summary>
    public string PartnerId(EntityRef reference) => Index.Partner(reference.Id)?.Id ?? reference.Id;

    private static string ByDate(Agreement a) => a.Date.Iso + "/" + a.Id;

    private static string ById(Funding f) => f.Id;

    private static void Add(Dictionary<string, SortedSet<string>> map, string key, string value)
    {
        if (!map.TryGetValue(key, out var set))
        {
            map[key] = set = new SortedSet<string>(StringComparer.Ordinal);
        }

        set.Add(value);
    }

    /// <summary>The records sorted by <paramref name="order"/>, keeping file order among equal keys (as OrderBy does).</summary>
    private static T[] Ordered<T>(ImmutableArray<T> items, Func<T, string> order)
    {
        var keys = new string[items.Length];
        var sorted = true;
        for (var i = 0; i < keys.Length; i++)
        {
            keys[i] = order(items[i]);
            sorted &= i == 0 || string.CompareOrdinal(keys[i - 1], keys[i]) <= 0;
        }

        // Records are loaded in file order, which is nearly always the order wanted already.
        return sorted ? [.. items] : [.. items.Select((item, i) => (Item: item, Key: keys[i])).OrderBy(x => x.Key, StringComparer.Ordinal).Select(x => x.Item)];
    }

    /// <summary>
    /// Each key <paramref name="keys"/> adds for an item, mapped to the items that add it, in the order of
    /// <paramref name="items"/>; an item adding a key more than once is listed under it once.
    /// </summary>
    private static Dictionary<string, ImmutableArray<T>> Group<T>(T[] items, Action<T, List<string>> keys)
    {
        var lists = new Dictionary<string, ImmutableArray<T>.Builder>(StringComparer.Ordinal);
        var itemKeys = new List<string>();
        foreach (var item in items)
        {
            itemKeys.Clear();
            keys(item, itemKeys);
            for (var k = 0; k < itemKeys.Count; k++)
            {
                var key = itemKeys[k];
                if (k > 0 && itemKeys.FindIndex(0, k, x => string.Equals(x, key, StringComparison.Ordinal)) >= 0)
                {
                    continue;
                }

                if (!lists.TryGetValue(key, out var list))
                {
                    lists[key] = list = ImmutableArray.CreateBuilder<T>();
                }

                list.Add(item);
            }
        }

        var map = new Dictionary<string, ImmutableArray<T>>(lists.Count, StringComparer.Ordinal);
        foreach (var (key, list) in lists)
        {
            map[key] = list.DrainToImmutable();
        }

        return map;
    }

    private static Dictionary<string, ImmutableArray<string>> ToArrays(Dictionary<string, SortedSet<string>> sets)
    {
        var map = new Dictionary<string, ImmutableArray<string>>(sets.Count, StringComparer.Ordinal);
        foreach (var (key, set) in sets)
        {
            map[key] = [.. set];
        }

        return map;
    }
}
