using System.Collections.Immutable;
using Hubwatch.Content;
using Hubwatch.History;

namespace Hubwatch.Model;

/// <summary>
/// The validated content as one linked graph: which agreements, funding figures, partners and
/// programs belong to which hub, and the other way round. Built once, in linear time, and shared
/// by the pages of both languages.
/// </summary>
public sealed class SiteModel
{
    /// <param name="agreements">The agreements' maps (<see cref="AgreementMaps.Of"/>), which depend on the agreements and the partners' names only.</param>
    /// <param name="funding">The funding figures' maps (<see cref="FundingMaps.Of"/>), which depend on the figures and the partners' names only.</param>
    /// <param name="links">Which hubs, partners and programs go together (<see cref="LinkMaps.Of"/>).</param>
    /// <param name="totals">Makes the totals of every figure (<see cref="TotalsOf"/>); it runs alongside the maps.</param>
    /// <param name="annotate">Makes the source highlights (<see cref="SourceAnnotations.Of(ContentIndex)"/>); it runs alongside the maps.</param>
    /// <param name="places">Makes the order of the long lists (<see cref="ListPlaces"/>) when first asked for.</param>
    /// <param name="history">What git says about the content; none when not given (a check, a test with a few records).</param>
    public SiteModel(
        ContentIndex index,
        UrlScheme urls,
        AgreementMaps agreements,
        FundingMaps funding,
        LinkMaps links,
        Func<FundingTotals> totals,
        Func<SourceAnnotations> annotate,
        Func<SiteModel, ListPlaces> places,
        SiteHistory? history = null)
    {
        Index = index;
        Urls = urls;
        History = history ?? SiteHistory.None("not read");
        var content = index.Content;

        // Totals and source highlights need none of the maps, so they are made alongside them.
        var alongside = Task.Run(() => (totals(), annotate()));

        AgreementsByHub = agreements.ByHub;
        AgreementsByProgram = agreements.ByProgram;
        AgreementsByPartner = agreements.ByPartner;
        FundingByHub = funding.ByHub;
        FundingByProgram = funding.ByProgram;
        FundingByFunder = funding.ByFunder;
        FundingSharedWith = funding.SharedWith;
        PartsOf = funding.PartsOf;
        HubsByProgram = links.HubsByProgram;
        PartnersOfHub = links.PartnersOfHub;
        HubsOfPartner = links.HubsOfPartner;
        ProgramsOfPartner = links.ProgramsOfPartner;
        (Totals, Annotations) = alongside.GetAwaiter().GetResult();
        _places = new Lazy<ListPlaces>(() => places(this), LazyThreadSafetyMode.ExecutionAndPublication);
        _partnerTypeStarts = new Lazy<IReadOnlyDictionary<string, int>>(() => PartnerTypeStartsOf(content.Partners), LazyThreadSafetyMode.ExecutionAndPublication);
    }

    private readonly Lazy<ListPlaces> _places;
    private readonly Lazy<IReadOnlyDictionary<string, int>> _partnerTypeStarts;

    /// <summary>Where the long lists put each record, worked out when first asked for.</summary>
    public ListPlaces Places => _places.Value;

    /// <summary>
    /// Where each organisation type's group starts in the list by type (types in the vocabulary's order): how many
    /// organisations come before it; a type no organisation has is left out. Worked out once per site, when first
    /// asked for: every organisation's page and row links to its type's group.
    /// </summary>
    public IReadOnlyDictionary<string, int> PartnerTypeStarts => _partnerTypeStarts.Value;

    private static Dictionary<string, int> PartnerTypeStartsOf(ImmutableArray<Partner> partners)
    {
        var counts = partners.CountBy(p => p.Type.Code()).ToDictionary(StringComparer.Ordinal);
        var starts = new Dictionary<string, int>(StringComparer.Ordinal);
        var before = 0;
        foreach (var type in Vocabulary.CodesOf<PartnerType>())
        {
            if (counts.TryGetValue(type, out var count))
            {
                starts[type] = before;
                before += count;
            }
        }

        return starts;
    }

    /// <summary>The model of an index, every part worked out from the records.</summary>
    public static SiteModel Of(ContentIndex index, UrlScheme urls) =>
        Of(index, urls, AgreementMaps.Of(index.Content.Agreements, index), FundingMaps.Of(index.Content.Funding, index));

    private static SiteModel Of(ContentIndex index, UrlScheme urls, AgreementMaps agreements, FundingMaps funding) =>
        new(index, urls, agreements, funding, LinkMaps.Of(index, agreements, funding), () => TotalsOf(index.Content.Funding, index), () => SourceAnnotations.Of(index), site => new ListPlaces(site));

    /// <summary>The totals of every figure, each funder's line keyed on the organisation its reference names; reads the index's partner names.</summary>
    public static FundingTotals TotalsOf(ImmutableArray<Funding> figures, ContentIndex index) =>
        FundingTotals.Of(figures, reference => PartnerIdOf(index, reference));

    public ContentIndex Index { get; }

    public UrlScheme Urls { get; }

    /// <summary>Each record's revisions from git, first published and last changed.</summary>
    public SiteHistory History { get; }

    public SiteConfig Site => Index.Content.Site;

    public IReadOnlyDictionary<string, ImmutableArray<Agreement>> AgreementsByHub { get; }

    public IReadOnlyDictionary<string, ImmutableArray<Agreement>> AgreementsByProgram { get; }

    public IReadOnlyDictionary<string, ImmutableArray<Agreement>> AgreementsByPartner { get; }

    public IReadOnlyDictionary<string, ImmutableArray<Funding>> FundingByHub { get; }

    public IReadOnlyDictionary<string, ImmutableArray<Funding>> FundingByProgram { get; }

    public IReadOnlyDictionary<string, ImmutableArray<Funding>> FundingByFunder { get; }

    /// <summary>
    /// The figures each organisation is named in <c>shared_with</c> and does not provide: a place or body the money also
    /// goes to (Wanju beside Jeonju).
    /// </summary>
    public IReadOnlyDictionary<string, ImmutableArray<Funding>> FundingSharedWith { get; }

    public IReadOnlyDictionary<string, ImmutableArray<Funding>> PartsOf { get; }

    public IReadOnlyDictionary<string, ImmutableArray<Id<Hub>>> HubsByProgram { get; }

    public IReadOnlyDictionary<string, ImmutableArray<Id<Partner>>> PartnersOfHub { get; }

    public IReadOnlyDictionary<string, ImmutableArray<Id<Hub>>> HubsOfPartner { get; }

    /// <summary>The programs a partner owns or takes part in through an agreement.</summary>
    public IReadOnlyDictionary<string, ImmutableArray<Id<HubProgram>>> ProgramsOfPartner { get; }

    public FundingTotals Totals { get; }

    public SourceAnnotations Annotations { get; }

    /// <summary>Looks up a list in one of the maps above, empty when the key has none.</summary>
    public static ImmutableArray<T> Of<T>(IReadOnlyDictionary<string, ImmutableArray<T>> map, string key) =>
        map.TryGetValue(key, out var list) ? list : [];

    /// <summary>An absolute URL on the portal's origin, for canonical links, feeds, sitemaps and data.</summary>
    public string Absolute(string path) => Urls.Absolute(path);

    /// <summary>The partner id a reference resolves to (references may be aliases).</summary>
    public Id<Partner> PartnerId(EntityRef<Partner> reference) => PartnerIdOf(Index, reference);

    private static Id<Partner> PartnerIdOf(ContentIndex index, EntityRef<Partner> reference) => index.Partner(reference.Id)?.Id ?? reference.Id;

    // The order of the timeline (ListPlaces): by date, a date known only to its year first, then by id.
    private static string ByDate(Agreement a) => a.Date.SortKey + "/" + a.Id;

    private static string ById(Funding f) => f.Id;

    /// <summary>The agreements by hub, program and partner, and each (hub, partner) pair an agreement links.</summary>
    public sealed record AgreementMaps(
        Dictionary<string, ImmutableArray<Agreement>> ByHub,
        Dictionary<string, ImmutableArray<Agreement>> ByProgram,
        Dictionary<string, ImmutableArray<Agreement>> ByPartner,
        List<(Id<Hub> Hub, Id<Partner> Partner)> Links)
    {
        /// <summary>The maps of the agreements, in date order; reads the index's partner names.</summary>
        public static AgreementMaps Of(ImmutableArray<Agreement> agreements, ContentIndex index)
        {
            var byHub = new Grouping<Agreement>();
            var byProgram = new Grouping<Agreement>();
            var byPartner = new Grouping<Agreement>();
            var links = new List<(Id<Hub> Hub, Id<Partner> Partner)>();
            var keys = new List<string>();
            foreach (var agreement in Ordered(agreements, ByDate))
            {
                byHub.Add(agreement.Hub.Id, agreement);
                if (agreement.Program is not null)
                {
                    byProgram.Add(agreement.Program.Id, agreement);
                }

                keys.Clear();
                foreach (var party in agreement.Parties)
                {
                    var partner = index.Partner(party.Partner.Id)?.Id ?? party.Partner.Id;
                    AddOnce(keys, partner, byPartner, agreement);
                    links.Add((agreement.Hub.Id, partner));
                }
            }

            return new AgreementMaps(byHub.ToMap(), byProgram.ToMap(), byPartner.ToMap(), links);
        }
    }

    /// <summary>
    /// Which hubs, partners and programs go together: the hubs a program runs at, a hub's partners and a partner's hubs
    /// (through agreements, figures and the programs' owners), and a partner's programs, all by id. It reads the
    /// agreements' and figures' links, the hubs' programs, the programs' owners, the agreements' programs and parties and
    /// the partners' names, nothing else, so <c>serve</c> keeps it while those are equal.
    /// </summary>
    public sealed record LinkMaps(
        Dictionary<string, ImmutableArray<Id<Hub>>> HubsByProgram,
        Dictionary<string, ImmutableArray<Id<Partner>>> PartnersOfHub,
        Dictionary<string, ImmutableArray<Id<Hub>>> HubsOfPartner,
        Dictionary<string, ImmutableArray<Id<HubProgram>>> ProgramsOfPartner)
    {
        public static LinkMaps Of(ContentIndex index, AgreementMaps agreements, FundingMaps funding)
        {
            // Each kind is put in page order once and walked once; every map lists its records in that order.
            var content = index.Content;
            var partnersOfHub = new Grouping<Id<Partner>>();
            var hubsOfPartner = new Grouping<Id<Hub>>();
            foreach (var (hub, partner) in agreements.Links.Concat(funding.Links))
            {
                partnersOfHub.Add(hub, partner);
                hubsOfPartner.Add(partner, hub);
            }

            var keys = new List<string>();
            var hubsByProgram = new Grouping<Id<Hub>>();
            foreach (var hub in Ordered(content.Hubs, static h => h.Id))
            {
                keys.Clear();
                foreach (var program in hub.Programs)
                {
                    AddOnce(keys, program.Id, hubsByProgram, hub.Id);
                }
            }

            // A program's owner is a partner of every hub the program runs at, and its page lists the programs it owns
            // or takes part in through an agreement.
            var programsOfPartner = new Grouping<Id<HubProgram>>();
            var hubsOfProgram = hubsByProgram.ToMap();
            foreach (var program in Ordered(content.Programs, static p => p.Id))
            {
                if (program.Owner is null)
                {
                    continue;
                }

                var owner = PartnerIdOf(index, program.Owner);
                programsOfPartner.Add(owner, program.Id);
                foreach (var hub in SiteModel.Of(hubsOfProgram, program.Id))
                {
                    partnersOfHub.Add(hub, owner);
                    hubsOfPartner.Add(owner, hub);
                }
            }

            foreach (var agreement in Ordered(content.Agreements, static a => a.Id).Where(a => a.Program is not null))
            {
                // A guest at a programme's event does not take part in the programme.
                foreach (var party in agreement.PartiesAs(PartyRole.Party))
                {
                    programsOfPartner.Add(PartnerIdOf(index, party.Partner), agreement.Program!.Id);
                }
            }

            return new(hubsByProgram.ToMap(), partnersOfHub.ToMap(SortedDistinct), hubsOfPartner.ToMap(SortedDistinct), programsOfPartner.ToMap(SortedDistinct));
        }
    }

    /// <summary>The funding figures by hub, program, funder, organisation shared with and whole, and each (hub, partner) pair a figure links.</summary>
    public sealed record FundingMaps(
        Dictionary<string, ImmutableArray<Funding>> ByHub,
        Dictionary<string, ImmutableArray<Funding>> ByProgram,
        Dictionary<string, ImmutableArray<Funding>> ByFunder,
        Dictionary<string, ImmutableArray<Funding>> SharedWith,
        Dictionary<string, ImmutableArray<Funding>> PartsOf,
        List<(Id<Hub> Hub, Id<Partner> Partner)> Links)
    {
        /// <summary>The maps of the figures, in id order; reads the index's partner names.</summary>
        public static FundingMaps Of(ImmutableArray<Funding> figures, ContentIndex index)
        {
            var keys = new List<string>();
            var byHub = new Grouping<Funding>();
            var byProgram = new Grouping<Funding>();
            var byFunder = new Grouping<Funding>();
            var sharedWith = new Grouping<Funding>();
            var partsOf = new Grouping<Funding>();
            var links = new List<(Id<Hub> Hub, Id<Partner> Partner)>();
            foreach (var funding in Ordered(figures, ById))
            {
                keys.Clear();
                foreach (var hub in funding.Hubs)
                {
                    AddOnce(keys, hub.Id, byHub, funding);
                }

                if (funding.Program is not null)
                {
                    byProgram.Add(funding.Program.Id, funding);
                }

                // Every named funder, and every place the figure is shared with, is linked to its hubs; each lists the figure,
                // a funder as what it provides and a place as what it receives with others.
                keys.Clear();
                foreach (var party in funding.Funders.Concat(funding.SharedWith))
                {
                    var partner = PartnerIdOf(index, party);
                    foreach (var hub in funding.Hubs)
                    {
                        links.Add((hub.Id, partner));
                    }
                }

                foreach (var funder in funding.Funders)
                {
                    AddOnce(keys, PartnerIdOf(index, funder), byFunder, funding);
                }

                // keys still holds the figure's funders: a place that is also one lists the figure as what it provides only.
                foreach (var place in funding.SharedWith)
                {
                    AddOnce(keys, PartnerIdOf(index, place), sharedWith, funding);
                }

                if (funding.PartOf is not null)
                {
                    partsOf.Add(funding.PartOf.Id, funding);
                }
            }

            return new FundingMaps(byHub.ToMap(), byProgram.ToMap(), byFunder.ToMap(), sharedWith.ToMap(), partsOf.ToMap(), links);
        }

        /// <summary>The same maps holding, in place of each figure, the version <paramref name="now"/> gives (see <see cref="FundingShape"/>).</summary>
        public FundingMaps Rebind(Func<Funding, Funding> now)
        {
            Dictionary<string, ImmutableArray<Funding>> Map(Dictionary<string, ImmutableArray<Funding>> map) =>
                map.ToDictionary(kv => kv.Key, kv => ImmutableArray.CreateRange(kv.Value, now), StringComparer.Ordinal);

            return this with { ByHub = Map(ByHub), ByProgram = Map(ByProgram), ByFunder = Map(ByFunder), SharedWith = Map(SharedWith), PartsOf = Map(PartsOf) };
        }
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

    /// <summary>Lists an item under a key unless <paramref name="seen"/> (the item's keys so far) has it already.</summary>
    private static void AddOnce<T>(List<string> seen, string key, Grouping<T> grouping, T item)
    {
        foreach (var done in seen)
        {
            if (string.Equals(done, key, StringComparison.Ordinal))
            {
                return;
            }
        }

        seen.Add(key);
        grouping.Add(key, item);
    }

    /// <summary>Items listed under string keys, in the order they are added.</summary>
    private sealed class Grouping<T>
    {
        private readonly Dictionary<string, List<T>> _lists = new(StringComparer.Ordinal);

        public void Add(string key, T item)
        {
            if (!_lists.TryGetValue(key, out var list))
            {
                _lists[key] = list = [];
            }

            list.Add(item);
        }

        public Dictionary<string, ImmutableArray<T>> ToMap() => ToMap(list => [.. list]);

        public Dictionary<string, ImmutableArray<T>> ToMap(Func<List<T>, ImmutableArray<T>> finish)
        {
            var map = new Dictionary<string, ImmutableArray<T>>(_lists.Count, StringComparer.Ordinal);
            foreach (var (key, list) in _lists)
            {
                map[key] = finish(list);
            }

            return map;
        }
    }

    /// <summary>The distinct ids of a list in ordinal order.</summary>
    private static ImmutableArray<Id<T>> SortedDistinct<T>(List<Id<T>> values)
        where T : class
    {
        values.Sort();
        var distinct = ImmutableArray.CreateBuilder<Id<T>>(values.Count);
        foreach (var value in values)
        {
            if (distinct.Count == 0 || distinct[^1] != value)
            {
                distinct.Add(value);
            }
        }

        return distinct.ToImmutable();
    }
}
