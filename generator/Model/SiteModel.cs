using System.Collections.Frozen;
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

        AgreementsByHub = Group(content.Agreements, a => [a.Hub.Id], ByDate);
        AgreementsByProgram = Group(content.Agreements.Where(a => a.Program is not null), a => [a.Program!.Id], ByDate);
        AgreementsByPartner = Group(content.Agreements, a => a.Parties.Select(p => PartnerId(p.Partner)), ByDate);
        FundingByHub = Group(content.Funding, f => f.Hubs.Select(h => h.Id), ById);
        FundingByProgram = Group(content.Funding.Where(f => f.Program is not null), f => [f.Program!.Id], ById);
        FundingByFunder = Group(content.Funding.Where(f => f.Funder is not null), f => [PartnerId(f.Funder!)], ById);
        PartsOf = Group(content.Funding.Where(f => f.PartOf is not null), f => [f.PartOf!.Id], ById);
        HubsByProgram = Group(content.Hubs, h => h.Programs.Select(p => p.Id), h => h.Id);

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

        PartnersOfHub = partnersOfHub.ToFrozenDictionary(kv => kv.Key, kv => kv.Value.ToImmutableArray(), StringComparer.Ordinal);
        HubsOfPartner = hubsOfPartner.ToFrozenDictionary(kv => kv.Key, kv => kv.Value.ToImmutableArray(), StringComparer.Ordinal);
        Totals = FundingTotals.Of(content.Funding);
        Annotations = new SourceAnnotations(index);
    }

    public ContentIndex Index { get; }

    public UrlScheme Urls { get; }

    public SiteConfig Site => Index.Content.Site;

    public FrozenDictionary<string, ImmutableArray<Agreement>> AgreementsByHub { get; }

    public FrozenDictionary<string, ImmutableArray<Agreement>> AgreementsByProgram { get; }

    public FrozenDictionary<string, ImmutableArray<Agreement>> AgreementsByPartner { get; }

    public FrozenDictionary<string, ImmutableArray<Funding>> FundingByHub { get; }

    public FrozenDictionary<string, ImmutableArray<Funding>> FundingByProgram { get; }

    public FrozenDictionary<string, ImmutableArray<Funding>> FundingByFunder { get; }

    public FrozenDictionary<string, ImmutableArray<Funding>> PartsOf { get; }

    public FrozenDictionary<string, ImmutableArray<Hub>> HubsByProgram { get; }

    public FrozenDictionary<string, ImmutableArray<string>> PartnersOfHub { get; }

    public FrozenDictionary<string, ImmutableArray<string>> HubsOfPartner { get; }

    public FundingTotals Totals { get; }

    public SourceAnnotations Annotations { get; }

    /// <summary>Looks up a list in one of the maps above, empty when the key has none.</summary>
    public static ImmutableArray<T> Of<T>(FrozenDictionary<string, ImmutableArray<T>> map, string key) =>
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

    private static FrozenDictionary<string, ImmutableArray<T>> Group<T>(IEnumerable<T> items, Func<T, IEnumerable<string>> keys, Func<T, string> order) =>
        items
            .SelectMany(item => keys(item).Distinct(StringComparer.Ordinal).Select(key => (Key: key, Item: item)))
            .GroupBy(x => x.Key, StringComparer.Ordinal)
            .ToFrozenDictionary(
                g => g.Key,
                g => g.Select(x => x.Item).OrderBy(order, StringComparer.Ordinal).ToImmutableArray(),
                StringComparer.Ordinal);
}
