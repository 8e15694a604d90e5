using System.Collections.Immutable;
using System.Globalization;
using Hubwatch.Content;

namespace Hubwatch.Model;

/// <summary>
/// The order of the site's long lists, the same in both languages: every funding figure (<see cref="Routes.FundingAll"/>),
/// every agreement (the timeline), and the facets funding is browsed by (hub, funder kind, status, year).
/// </summary>
public sealed class ListPlaces
{
    public ListPlaces(SiteModel site)
    {
        var content = site.Index.Content;
        Funding = Order(site, content.Funding);
        Agreements = [.. content.Agreements.OrderBy(a => a.Date).ThenBy(a => a.Id, StringComparer.Ordinal)];
        Facets = [.. BuildFacets()];
        Dimensions = DimensionsOf(Facets);
    }

    private ListPlaces(ImmutableArray<Funding> funding, ImmutableArray<Agreement> agreements, ImmutableArray<FundingFacet> facets)
    {
        Funding = funding;
        Agreements = agreements;
        Facets = facets;
        Dimensions = DimensionsOf(facets);
    }

    /// <summary>The same places holding, in place of each figure, the version <paramref name="now"/> gives (see <see cref="FundingShape"/>).</summary>
    public ListPlaces Rebind(Func<Funding, Funding> now) =>
        new(ImmutableArray.CreateRange(Funding, now), Agreements, [.. Facets.Select(f => f with { Figures = ImmutableArray.CreateRange(f.Figures, now) })]);

    /// <summary>
    /// How many agreements a page of the timeline shows: an agreement with its parties, their undertakings and quotes
    /// weighs about three funding rows, and a hundred of them would pass the 300 KB a page may weigh.
    /// </summary>
    public const int AgreementsPerPage = 50;

    /// <summary>Every figure in list order: wholes by amount, largest first, each followed by its parts.</summary>
    public ImmutableArray<Funding> Funding { get; }

    /// <summary>Every agreement and event by date, oldest first, as the timeline lists them.</summary>
    public ImmutableArray<Agreement> Agreements { get; }

    /// <summary>Every facet with at least one figure, by dimension and then key.</summary>
    public ImmutableArray<FundingFacet> Facets { get; }

    /// <summary>The dimensions that have at least one facet, in <see cref="FundingFacet.Dimensions"/> order: each has a page of its facets.</summary>
    public ImmutableArray<string> Dimensions { get; }

    private static ImmutableArray<string> DimensionsOf(ImmutableArray<FundingFacet> facets) =>
        [.. FundingFacet.Dimensions.Where(d => facets.Any(f => f.Dimension == d))];

    /// <summary>The facet of a dimension and key, or null when no figure has it.</summary>
    public FundingFacet? Facet(string dimension, string key) =>
        Facets.FirstOrDefault(f => f.Dimension == dimension && f.Key == key);

    /// <summary>
    /// Figures in list order: wholes by amount, largest first, each followed by those of its parts that are in the set,
    /// each part by its own parts in turn (validation keeps <c>part_of</c> from going round in a loop).
    /// </summary>
    public static ImmutableArray<Funding> Order(SiteModel site, IEnumerable<Funding> figures)
    {
        var set = figures.ToArray();
        var ids = set.Select(f => f.Id).ToHashSet();
        var ordered = new List<Funding>(set.Length);
        void Add(Funding figure)
        {
            ordered.Add(figure);
            foreach (var part in SiteModel.Of(site.PartsOf, figure.Id).Where(p => ids.Contains(p.Id)))
            {
                Add(part);
            }
        }

        foreach (var whole in set.Where(f => f.PartOf is null || !ids.Contains(f.PartOf.Id)).OrderByDescending(f => f.Amount.Value).ThenBy(f => f.Id, StringComparer.Ordinal))
        {
            Add(whole);
        }

        return [.. ordered];
    }

    /// <summary>
    /// Which figures of a list in <see cref="Order"/> (or a part of it, in the same order) come under their whole: a
    /// part whose whole is listed before it with nothing between but figures that are themselves, at any depth, parts
    /// of that whole. The chain of wholes above the current figure is kept as the list is read, once.
    /// </summary>
    public static bool[] UnderTheirWhole(ImmutableArray<Funding> figures)
    {
        var under = new bool[figures.Length];
        var chain = new List<string>();
        for (var i = 0; i < figures.Length; i++)
        {
            if (figures[i].PartOf is { } whole && chain.LastIndexOf(whole.Id.Value) is var at and >= 0)
            {
                chain.RemoveRange(at + 1, chain.Count - at - 1);
                under[i] = true;
            }
            else
            {
                // First of its own in the list (a whole, or a part whose whole is not listed): what follows is its
                // own parts or a figure after it in the list, so nothing before it can be the whole of either.
                chain.Clear();
            }

            chain.Add(figures[i].Id.Value);
        }

        return under;
    }

    private IEnumerable<FundingFacet> BuildFacets()
    {
        // Grouped from the list order, so each facet lists its figures in that order too.
        IEnumerable<FundingFacet> Group(string dimension, Func<Funding, IEnumerable<string>> keys) =>
            Funding.SelectMany(f => keys(f).Distinct().Select(k => (Key: k, Figure: f)))
                .GroupBy(x => x.Key, StringComparer.Ordinal)
                .OrderBy(g => g.Key, StringComparer.Ordinal)
                .Select(g => new FundingFacet(dimension, g.Key, [.. g.Select(x => x.Figure)]));

        return FundingFacet.Dimensions.SelectMany(d => Group(d, f => FundingFacet.KeysOf(d, f)));
    }
}

/// <summary>
/// The figures of one hub, funder kind, status or year (a year holds the figures whose yearly breakdown has money in
/// it), in list order, with the route of its pages and the CSV file of exactly its rows.
/// </summary>
public sealed record FundingFacet(string Dimension, string Key, ImmutableArray<Funding> Figures)
{
    public const string Hub = "hub";
    public const string FunderKind = "funder-kind";
    public const string Status = "status";
    public const string Year = "year";

    /// <summary>The dimensions in the order the overview lists them.</summary>
    public static IReadOnlyList<string> Dimensions { get; } = [Hub, FunderKind, Status, Year];

    /// <summary>The first page of the facet's list, e.g. <c>funding/hub/jeonju/</c>.</summary>
    public string Route => Routes.FundingFacet(Dimension, Key);

    /// <summary>The facet's rows as CSV, once for both languages, e.g. <c>data/funding/hub/jeonju.csv</c>.</summary>
    public string CsvPath => $"data/funding/{Dimension}/{Key}.csv";

    /// <summary>
    /// The keys a figure has in a dimension: its hubs, its kind of funder, its stage, or the years its yearly breakdown
    /// puts money in (none when it has no yearly breakdown).
    /// </summary>
    public static IEnumerable<string> KeysOf(string dimension, Funding figure) => dimension switch
    {
        Hub => figure.Hubs.Select(h => h.Id.Value),
        FunderKind => [figure.FunderKind.Code()],
        Status => [figure.Status.Code()],
        Year => figure.Breakdown.Where(b => b.Year is not null).Select(b => b.Year!.Value.ToString(CultureInfo.InvariantCulture)),
        _ => throw new ArgumentOutOfRangeException(nameof(dimension), dimension, "not a dimension of funding"),
    };
}
