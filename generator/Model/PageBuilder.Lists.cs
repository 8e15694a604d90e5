using System.Collections.Immutable;
using System.Globalization;
using Hubwatch.Content;
using Hubwatch.Model.Views;

namespace Hubwatch.Model;

/// <summary>
/// The long lists of an edition, each paged with <see cref="Paging"/>: the funding overview, every figure, the facets
/// (hub, funder kind, status, year), an organisation's or programme's figures when one page cannot hold them, the
/// organisations by type and by name, the timeline and the sources.
/// </summary>
public sealed partial class PageBuilder
{
    /// <summary>
    /// How many figures, the largest, a hub, organisation or programme page shows in full; more are listed on their
    /// own paged list. Measured at 30,000 figures, a hub page with 50 figures and 50 agreements in full weighed up to
    /// 430 KB; with 20 of each it stays within the 300 KB a page may weigh.
    /// </summary>
    public const int RecordPageFunding = 20;

    /// <summary>How many agreements and events a hub, organisation or programme page shows; more are listed on their own paged list.</summary>
    public const int RecordPageAgreements = 20;

    /// <summary>
    /// How many organisations a hub's page names; more are listed on the hub's own paged list of them. At 30,000 figures a
    /// hub is linked to up to 280 organisations, which its page named in one list.
    /// </summary>
    public const int RecordPagePartners = 50;

    private ListPlaces Places => site.Places;

    private IEnumerable<PagePlan> FundingPlans()
    {
        yield return Planned(Routes.Funding, FundingIndex, "funding");
        foreach (var dimension in Places.Dimensions)
        {
            yield return Planned(Routes.FundingDimension(dimension), () => FacetIndex(dimension), "funding");
        }

        foreach (var list in FundingLists())
        {
            foreach (var plan in Paged(list.Route, list.Count, list.Page, "funding"))
            {
                yield return plan;
            }
        }
    }

    /// <summary>
    /// A paged list of figures: its route, how many figures, the figures in list order, the dimension of the facet it
    /// is (which all its rows share), on a year's list the year (whose money its total also gives), and its pages.
    /// </summary>
    private sealed record FundingList(string Route, int Count, Func<ImmutableArray<Funding>> Figures, string? Own, string? Year, Func<int, PageModel> Page);

    /// <summary>
    /// Every paged list of figures: all of them, each facet, and the organisations' and programmes' own lists of those
    /// with more figures than their page shows (the others are passed over before their routes and links are made:
    /// serve plans on every save). An owner's figures are put in order when one of its pages is built, not when the site
    /// is planned.
    /// </summary>
    private IEnumerable<FundingList> FundingLists()
    {
        yield return new(Routes.FundingAll, Places.Funding.Length, () => Places.Funding, null, null, FundingAll);
        foreach (var facet in Places.Facets)
        {
            yield return new(facet.Route, facet.Figures.Length, () => facet.Figures, facet.Dimension, YearOf(facet), n => FacetPage(facet, n));
        }

        // An organisation has a list of the figures it provides and one of those it receives with others.
        IEnumerable<(string Route, LinkView Owner, string TitleKey, ImmutableArray<Funding> Funding, string? Partner)> PartnerLists(
            IReadOnlyDictionary<string, ImmutableArray<Funding>> figures, Func<string, string> route, string titleKey) =>
            Content.Partners.Select(p => (Partner: p, Funding: SiteModel.Of(figures, p.Id)))
                .Where(o => o.Funding.Length > RecordPageFunding)
                .Select(o => (route(o.Partner.Id), Crumb(Routes.Partner(o.Partner.Id), o.Partner.Name[language]), titleKey, o.Funding, (string?)o.Partner.Id.Value));

        var owners = PartnerLists(site.FundingByFunder, Routes.PartnerFunding, "paging.partner_title")
            .Concat(PartnerLists(site.FundingSharedWith, Routes.PartnerSharedFunding, "paging.partner_shared_title"))
            .Concat(Content.Programs.Select(p => (Program: p, Funding: SiteModel.Of(site.FundingByProgram, p.Id)))
                .Where(o => o.Funding.Length > RecordPageFunding)
                .Select(o => (Route: Routes.ProgramFunding(o.Program.Id), Owner: Crumb(Routes.Program(o.Program.Id), o.Program.Name[language]), TitleKey: "paging.program_title", o.Funding, Partner: (string?)null)));
        foreach (var (route, owner, titleKey, funding, partner) in owners)
        {
            var title = string.Format(CultureInfo.InvariantCulture, T(titleKey), owner.Text);
            var ordered = new Lazy<ImmutableArray<Funding>>(() => ListPlaces.Order(site, funding));
            yield return new(route, funding.Length, () => ordered.Value, null, null, n => OwnFundingPage(route, title, ordered.Value, n, owner, partner));
        }
    }

    /// <summary>The paged agreements of the hubs, organisations and programmes that have more than their page shows.</summary>
    private IEnumerable<PagePlan> OwnAgreementPlans()
    {
        IEnumerable<PagePlan> Of(string list, ImmutableArray<Agreement> agreements, string name, string crumbRoute, string? highlight) =>
            Paged(list, agreements.Length, n => AgreementList(list, string.Format(CultureInfo.InvariantCulture, T("paging.agreements_title"), name), agreements, n, Crumb(crumbRoute, name), highlight), "agreements", ListPlaces.AgreementsPerPage);

        // Only those with more than their page shows have a list; the others are passed over before their routes are made.
        static bool IsLong(ImmutableArray<Agreement> agreements) => HasOwnAgreementList(agreements.Length);
        return Content.Hubs.Where(h => IsLong(SiteModel.Of(site.AgreementsByHub, h.Id)))
                .SelectMany(h => Of(Routes.HubAgreements(h.Id), SiteModel.Of(site.AgreementsByHub, h.Id), h.Name[language], Routes.Hub(h.Id), null))
            .Concat(Content.Partners.Where(p => IsLong(SiteModel.Of(site.AgreementsByPartner, p.Id)))
                .SelectMany(p => Of(Routes.PartnerAgreements(p.Id), SiteModel.Of(site.AgreementsByPartner, p.Id), p.Name[language], Routes.Partner(p.Id), p.Id)))
            .Concat(Content.Programs.Where(p => IsLong(SiteModel.Of(site.AgreementsByProgram, p.Id)))
                .SelectMany(p => Of(Routes.ProgramAgreements(p.Id), SiteModel.Of(site.AgreementsByProgram, p.Id), p.Name[language], Routes.Program(p.Id), null)));
    }

    /// <summary>The paged lists of the organisations of the hubs linked to more than their page names.</summary>
    private IEnumerable<PagePlan> HubPartnerPlans() =>
        Content.Hubs.Where(h => SiteModel.Of(site.PartnersOfHub, h.Id).Length > RecordPagePartners)
            .SelectMany(h => Paged(Routes.HubPartners(h.Id), SiteModel.Of(site.PartnersOfHub, h.Id).Length, n => HubPartnerList(h, n), "partners"));

    /// <summary>A page of the organisations a hub is linked to, in the order its page names them.</summary>
    private PageModel HubPartnerList(Hub hub, int number)
    {
        var all = SortedPartnerLinks(SiteModel.Of(site.PartnersOfHub, hub.Id));
        var title = string.Format(CultureInfo.InvariantCulture, T("paging.hub_partners_title"), hub.Name[language]);
        var back = Crumb(Routes.Hub(hub.Id), hub.Name[language]);
        var view = new LinkListView(T("hub.partners_note"), Paging.Slice(all, number), Pager(Routes.HubPartners(hub.Id), number, all.Count), back);
        return Page(Paging.Route(Routes.HubPartners(hub.Id), number), "link_list", PagedTitle(title, number, all.Count), title, view, null,
            [Crumb(Routes.Home, T("nav.home")), Crumb(Routes.Hubs, T("nav.hubs")), back]);
    }

    /// <summary>Whether a hub, organisation or programme with <paramref name="count"/> agreements and events has its own paged list of them.</summary>
    private static bool HasOwnAgreementList(int count) => count > RecordPageAgreements;

    private LinkView? AllAgreementsLink(int count, string route) =>
        HasOwnAgreementList(count)
            ? new LinkView(site.Urls.Page(route, language), string.Format(CultureInfo.InvariantCulture, T("paging.more_agreements"), count, RecordPageAgreements))
            : null;

    private IEnumerable<PagePlan> PartnerListPlans()
    {
        var count = Content.Partners.Length;
        foreach (var plan in Paged(Routes.Partners, count, n => PartnerList(byName: false, n), "partners"))
        {
            yield return plan;
        }

        foreach (var plan in Paged(Routes.PartnersByName, count, n => PartnerList(byName: true, n), "partners"))
        {
            yield return plan;
        }
    }

    private IEnumerable<PagePlan> TimelinePlans() =>
        Paged(Routes.Timeline, Places.Agreements.Length, Timeline, "agreements", ListPlaces.AgreementsPerPage)
            .Prepend(Planned(Routes.Agreements, AgreementsIndex, "agreements"));

    /// <summary>
    /// The folder of the agreements' own pages (<c>agreements/</c>): it sends the reader to the timeline, which lists them
    /// all, and to each hub's own. A reader who shortens an agreement's address lands here rather than on the page not found.
    /// </summary>
    private PageModel AgreementsIndex()
    {
        var timeline = Crumb(Routes.Timeline, T("agreements_index.timeline"));
        var hubs = Content.Hubs.Select(h => (Hub: h, Count: SiteModel.Of(site.AgreementsByHub, h.Id).Length))
            .Where(h => h.Count > 0)
            .OrderBy(h => h.Hub.Name[language], _names)
            .Select(h => new LinkView(
                HasOwnAgreementList(h.Count) ? site.Urls.Page(Routes.HubAgreements(h.Hub.Id), language) : site.Urls.Page(Routes.Hub(h.Hub.Id), language) + "#timeline-heading",
                string.Format(CultureInfo.InvariantCulture, T("agreements_index.hub"), h.Hub.Name[language], h.Count)))
            .ToArray();
        var view = new LinkListView(strings.Count(language, "agreements_index.lead", Places.Agreements.Length), hubs, null, timeline);
        return Page(Routes.Agreements, "link_list", T("agreements_index.title"), T("agreements_index.description"), view, null, [Crumb(Routes.Home, T("nav.home"))]);
    }

    private IEnumerable<PagePlan> SourceListPlans() => Paged(Routes.Sources, Content.Seeds.Length, SourceList, History.HistoryKeys.Seeds);

    /// <summary>The pages of a list of <paramref name="count"/> items, each built when asked for.</summary>
    private IEnumerable<PagePlan> Paged(string list, int count, Func<int, PageModel> build, string historyKey, int size = Paging.PageSize)
    {
        var pages = Paging.PageCount(count, size);
        for (var number = 1; number <= pages; number++)
        {
            var n = number;
            yield return Planned(Paging.Route(list, n), () => build(n), historyKey);
        }
    }

    private PagerView? Pager(string list, int number, int count, int size = Paging.PageSize) =>
        Paging.View(list, number, Paging.PageCount(count, size), route => site.Urls.Page(route, language), T);

    private string PagedTitle(string title, int number, int count, int size = Paging.PageSize) => Paging.Title(title, number, Paging.PageCount(count, size), T);

    /// <summary>The overview: totals (each line linking its facet), the largest figures, the way to every figure and the facets.</summary>
    private PageModel FundingIndex()
    {
        var numbering = new CitationNumbering(site, strings, language);
        var largest = FundingRows(Places.Funding.Where(f => f.PartOf is null).Take(LargestCount), numbering, headline: true);
        var caption = T("funding.largest");
        var bars = largest.Select(r => new TotalRowView(r.Title, r.Url, r.Amount, 1, 0)).ToArray();
        var description = string.Format(CultureInfo.InvariantCulture, T("funding.chart_description_largest"), caption, string.Join("; ", bars.Select(r => $"{r.Label}: {r.Amount.Text}")));
        var view = new FundingIndexView([], Totals(site.Totals, Content.Funding, facets: true))
        {
            Largest = largest,
            LargestChart = largest.Count == 0 ? null : ChartBuilder.Bars("largest", caption, description, bars),
            All = new LinkView(site.Urls.Page(Routes.FundingAll, language), string.Format(CultureInfo.InvariantCulture, T("paging.all_link"), Content.Funding.Length)),
            Facets = [.. Places.Dimensions.Select(FacetGroup)],
        };
        return Page(Routes.Funding, "funding", T("nav.funding"), T("funding.lead"), view, numbering, [Crumb(Routes.Home, T("nav.home"))]);
    }

    /// <summary>The facets of one dimension in reading order, each linking its list and saying how many figures it holds.</summary>
    private FacetGroupView FacetGroup(string dimension) => new(
        T("paging.browse_" + dimension),
        [.. InReadingOrder(dimension, Places.Facets.Where(f => f.Dimension == dimension), f => f.Key, FacetLabel)
            .Select(f => new FacetLinkView(FacetLabel(f), site.Urls.Page(f.Route, language), f.Figures.Length))])
    {
        Url = site.Urls.Page(Routes.FundingDimension(dimension), language),
    };

    /// <summary>
    /// The page of one dimension (<c>funding/hub/</c>): its facets, as the overview lists them. A reader who shortens a
    /// facet's address lands here rather than on the page not found.
    /// </summary>
    private PageModel FacetIndex(string dimension)
    {
        var title = T("paging.dimension_" + dimension);
        return Page(Routes.FundingDimension(dimension), "funding_facets", title, T("paging.dimension_lead"), FacetGroup(dimension), null,
            [Crumb(Routes.Home, T("nav.home")), Crumb(Routes.Funding, T("nav.funding"))]);
    }

    private PageModel FundingAll(int number)
    {
        var all = Places.Funding;
        var csv = new LinkView(site.Urls.Root(OpenData.OpenDataBuilder.Folder + OpenData.OpenDataBuilder.FileOf("funding")), strings.Count(language, "paging.csv", all.Length));
        var narrow = Narrow(Routes.FundingAll, T("paging.all_title"), all, number, null);
        var total = ListTotalOf(Routes.FundingAll, all);
        var view = new FundingListView(T("paging.all_lead"), total.Total, Items(Routes.FundingAll, all, number, narrow), Pager(Routes.FundingAll, number, all.Length), csv, Crumb(Routes.Funding, T("paging.back")))
        {
            Narrow = narrow,
            NarrowFirst = NarrowFirst(all.Length),
            SharedNote = total.Shared,
        };
        return Page(Paging.Route(Routes.FundingAll, number), "funding_list", PagedTitle(T("paging.all_title"), number, all.Length), T("paging.all_lead"), view, null,
            [Crumb(Routes.Home, T("nav.home")), Crumb(Routes.Funding, T("nav.funding"))]);
    }

    private PageModel FacetPage(FundingFacet facet, int number)
    {
        var figures = facet.Figures;
        var title = string.Format(CultureInfo.InvariantCulture, T("paging.facet_" + facet.Dimension), FacetLabel(facet));
        var csv = new LinkView(site.Urls.Root(facet.CsvPath), strings.Count(language, "paging.csv", figures.Length));
        var narrow = Narrow(facet.Route, title, figures, number, facet.Dimension);
        var total = ListTotalOf(facet.Route, figures, facet);
        var hub = facet.Dimension == FundingFacet.Hub ? facet.Key : null;
        var view = new FundingListView(T("paging.facet_lead_" + facet.Dimension), total.Total, Items(facet.Route, figures, number, narrow, hub), Pager(facet.Route, number, figures.Length), csv, Crumb(Routes.Funding, T("paging.back")))
        {
            Narrow = narrow,
            NarrowFirst = NarrowFirst(figures.Length),
            TotalNote = total.PartsElsewhere,
            OwnTotal = total.Own,
            OwnTotalText = total.OwnText,
            SharedNote = total.Shared,
        };
        if (facet.Dimension == FundingFacet.Year && number == 1)
        {
            var notByYear = NotByYear(int.Parse(facet.Key, CultureInfo.InvariantCulture));
            view = view with { NotByYear = [.. notByYear.Take(NotByYearShown)], NotByYearCount = notByYear.Count };
        }

        return Page(Paging.Route(facet.Route, number), "funding_list", PagedTitle(title, number, figures.Length), title, view, null,
            [Crumb(Routes.Home, T("nav.home")), Crumb(Routes.Funding, T("nav.funding")), Crumb(Routes.FundingDimension(facet.Dimension), T("paging.dimension_" + facet.Dimension))]);
    }

    /// <summary>How many figures a year's list names that its period includes but that have no yearly breakdown.</summary>
    public const int NotByYearShown = 10;

    /// <summary>
    /// The figures whose period includes <paramref name="year"/> but that have no yearly breakdown, largest first: a
    /// year's list leaves them out, as no source says how much of them falls in the year, and names them under its total
    /// so that a reader looking for that year's money knows they exist; a part whose whole is named is left to it, so
    /// that no amount is named twice. Read from the site at render time.
    /// </summary>
    private List<AnswerPartView> NotByYear(int year)
    {
        var named = Content.Funding
            .Where(f => f.Breakdown.All(b => b.Year is null) && (f.Period?.Includes(year) == true || MayInclude(f, year)))
            .ToList();
        var ids = named.Select(f => f.Id).ToHashSet();
        return [.. named
            .Where(f => f.PartOf is not { } whole || !ids.Contains(whole.Id))
            .OrderByDescending(f => f.Amount.Value)
            .ThenBy(f => f.Id.Value, StringComparer.Ordinal)
            .Select(f => new AnswerPartView(NotByYearTitle(f, f.Period!, year), FundingUrl(f.Id), Money(f.Amount)))];
    }

    /// <summary>A figure's title on a year's list of those it leaves out; when its period may include the year, which end is not given.</summary>
    private string NotByYearTitle(Funding figure, Period period, int year) => period.Includes(year)
        ? figure.Title[language]
        : string.Format(CultureInfo.InvariantCulture, T(period.From is null ? "paging.not_by_year_no_start" : "paging.not_by_year_no_end"), figure.Title[language], period.From ?? period.To);

    /// <summary>
    /// Whether a period with one end unknown may include <paramref name="year"/>: one that ends in a later year and
    /// whose earliest source is of the year or before ("until 2024", said in 2020, may be money of 2020 to 2024), or one
    /// that starts in an earlier year and has no end.
    /// </summary>
    private bool MayInclude(Funding figure, int year)
    {
        if (figure.Period is not { } period || (period.From is null) == (period.To is null))
        {
            return false;
        }

        if (period.From is { } from)
        {
            return from < year;
        }

        var stated = figure.Sources.Select(c => Index.Seeds.GetValueOrDefault(c.Seed)?.Published?.Year).Min();
        return stated is { } said && said <= year && year < period.To;
    }

    /// <summary>The year of a year's list, whose total also gives the money of that year; null for other facets.</summary>
    private static string? YearOf(FundingFacet facet) => facet.Dimension == FundingFacet.Year ? facet.Key : null;

    private PageModel OwnFundingPage(string list, string title, ImmutableArray<Funding> figures, int number, LinkView owner, string? partner)
    {
        var narrow = Narrow(list, title, figures, number, null);
        var total = ListTotalOf(list, figures);
        var view = new FundingListView(title, total.Total, Items(list, figures, number, narrow, partner: partner), Pager(list, number, figures.Length), null, owner)
        {
            Narrow = narrow,
            TotalNote = total.PartsElsewhere,
            OwnTotal = total.Own,
            OwnTotalText = total.OwnText,
            SharedNote = total.Shared,
        };
        return Page(Paging.Route(list, number), "funding_list", PagedTitle(title, number, figures.Length), title, view, null,
            [Crumb(Routes.Home, T("nav.home")), owner]);
    }

    /// <summary>
    /// The rows of page <paramref name="number"/> of the list at <paramref name="list"/>, with their keys in each
    /// dimension the list can be narrowed by. A part is marked as one when it comes under its whole
    /// (<see cref="ListPlaces.UnderTheirWhole"/>); when the list does not hold the whole, the part is a row like any other.
    /// </summary>
    /// <param name="hub">The hub whose list it is, which a shared figure's line does not name again.</param>
    /// <param name="partner">The organisation whose list it is, likewise.</param>
    private IReadOnlyList<FundingItemView> Items(string list, ImmutableArray<Funding> figures, int number, NarrowView? narrow, string? hub = null, string? partner = null)
    {
        var first = (number - 1) * Paging.PageSize;
        var dimensions = narrow?.Selects.Select(s => s.Name).ToArray() ?? [];
        var underTheirWhole = _underTheirWhole.GetOrAdd(list, _ => ListPlaces.UnderTheirWhole(figures));
        return [.. Paging.Slice(figures, number).Select((f, i) =>
        {
            var isPart = underTheirWhole[first + i];
            return new FundingItemView(
                f.Id,
                FundingUrl(f.Id),
                f.Title[language],
                Money(f.Amount),
                T("funding_status." + f.Status.Code()),
                T("funder_kind." + f.FunderKind.Code()),
                Period(f),
                isPart)
            {
                Keys = [.. dimensions.Select(d => new NarrowKeyView(d, string.Join(' ', FundingFacet.KeysOf(d, f).Distinct())))],
                PartOf = narrow is not null && isPart ? f.PartOf!.Id.Value : null,
                SharedWith = f.IsShared && SharedWith(f, hub, partner) is { Length: > 0 } with ? with : null,
            };
        })];
    }

    /// <summary>Which figures of each list come under their whole (<see cref="ListPlaces.UnderTheirWhole"/>), worked out once a list.</summary>
    private readonly System.Collections.Concurrent.ConcurrentDictionary<string, bool[]> _underTheirWhole = new(StringComparer.Ordinal);

    /// <summary>
    /// The totals of the list at <paramref name="list"/>, the same on each of its pages, with the note on its parts
    /// elsewhere (<see cref="PartsElsewhere"/>): worked out by the first of its pages that is built (two built at once
    /// may both work it out, to the same result), not added up again for every page.
    /// </summary>
    private ListTotal ListTotalOf(string list, ImmutableArray<Funding> figures, FundingFacet? facet = null) =>
        _listTotals.GetOrAdd(list, _ =>
        {
            var year = facet is null ? null : YearOf(facet);
            var elsewhere = year is null ? PartsElsewhere(figures) : new Krw(0);
            var total = FacetTotal(figures, year);
            var sharedLines = SharedLines(figures);
            var shared = sharedLines.Length == 0 ? null : string.Format(
                CultureInfo.InvariantCulture,
                strings.ForCount(language, "paging.shared_note", sharedLines.Length),
                sharedLines.Length,
                Money(new Krw(sharedLines.Sum(f => f.Amount.Value))).Text);
            if (elsewhere.Value == 0)
            {
                return new ListTotal(total, null, shared);
            }

            var rest = new Krw(total.Amount.Value - elsewhere.Value);
            if (facet?.Dimension is FundingFacet.Status or FundingFacet.FunderKind)
            {
                // The stage's or kind's own money, as the overview's bar that links here gives it, stands out under the
                // list's total: a reader who quotes the page quotes the same number as the overview.
                var note = string.Format(CultureInfo.InvariantCulture, T("paging.parts_elsewhere_" + facet.Dimension), Money(elsewhere).Text);
                return new ListTotal(total, note, shared) { Own = Money(rest), OwnText = T("paging.own_total_" + facet.Dimension) };
            }

            return new ListTotal(total, string.Format(CultureInfo.InvariantCulture, T("paging.parts_elsewhere"), Money(elsewhere).Text), shared);
        });

    /// <summary>
    /// The lines of a list that say with whom they are shared, less a part whose whole is such a line too: their money is
    /// the share of the list's total that is shared (a whole not shared itself, with a shared part, counts that part alone).
    /// </summary>
    private static Funding[] SharedLines(ImmutableArray<Funding> figures)
    {
        var shared = figures.Where(f => f.IsShared).Select(f => f.Id.Value).ToHashSet(StringComparer.Ordinal);
        return [.. figures.Where(f => f.IsShared && !(f.PartOf is { } whole && shared.Contains(whole.Id.Value)))];
    }

    /// <summary>
    /// A list's total, the note under it on the money of its figures' parts that are on other lists, and the one on the
    /// money of its figures shared with other hubs or funders.
    /// </summary>
    private sealed record ListTotal(FacetTotalView Total, string? PartsElsewhere, string? Shared)
    {
        /// <summary>On a stage's or a kind of funder's list, the money of that stage or kind alone, and what it is.</summary>
        public MoneyView? Own { get; init; }

        public string? OwnText { get; init; }
    }

    private readonly System.Collections.Concurrent.ConcurrentDictionary<string, ListTotal> _listTotals = new(StringComparer.Ordinal);

    /// <summary>The totals of a whole list (not of one page), from <see cref="FundingTotals"/>; on a year's list also the money of that year.</summary>
    private FacetTotalView FacetTotal(ImmutableArray<Funding> figures, string? year)
    {
        var totals = FundingTotals.Of(figures);
        var parts = figures.Length - totals.CountedFigures;
        var yearLine = year is null ? null : totals.ByYear.FirstOrDefault(l => l.Key == year);
        return new FacetTotalView(
            parts > 0 ? string.Format(CultureInfo.InvariantCulture, strings.ForCount(language, "paging.count_with_parts", parts), figures.Length, parts) : strings.Count(language, "paging.count", figures.Length),
            figures.Length,
            parts,
            Money(totals.Total),
            Headline(totals),
            yearLine is null ? null : Money(yearLine.Amount),
            yearLine is null ? null : string.Format(CultureInfo.InvariantCulture, T(YearIsRead(figures, year!) ? "paging.year_amount_read" : "paging.year_amount"), YearLabel(year!)));
    }

    /// <summary>Whether some of a year's money is in a breakdown line the editors read (<c>read: true</c>) for that year.</summary>
    private static bool YearIsRead(ImmutableArray<Funding> figures, string year) =>
        int.TryParse(year, NumberStyles.Integer, CultureInfo.InvariantCulture, out var y)
        && figures.Any(f => f.Breakdown.Any(b => b.Year == y && b.IsRead));

    /// <summary>
    /// What a list's total holds that the list does not show: the money of its figures' parts that are on other lists
    /// (a part at another stage, from another kind of funder or from another funder), which the list's total includes
    /// with the whole and the funding overview counts under the part's own stage and kind. The note under the total
    /// gives that money and what is left, the amount the overview shows for the stage or kind. A year's list has no
    /// such note: it gives the money of its year under the total and says its total is of the whole figures.
    /// </summary>
    private Krw PartsElsewhere(ImmutableArray<Funding> figures)
    {
        var listed = figures.Select(f => f.Id.Value).ToHashSet(StringComparer.Ordinal);
        return new Krw(figures
            .SelectMany(f => SiteModel.Of(site.PartsOf, f.Id.Value))
            .Where(part => !listed.Contains(part.Id.Value))
            .Sum(part => part.Amount.Value));
    }

    private string FacetLabel(FundingFacet facet) => KeyLabel(facet.Dimension, facet.Key);

    /// <summary>
    /// The keys of a dimension in the order a reader looks for them: hubs by name in the page's language (가나다 in
    /// Korean), kinds of funder and stages as the vocabulary lists them (national first; announced to spent), years
    /// from the earliest.
    /// </summary>
    private IOrderedEnumerable<T> InReadingOrder<T>(string dimension, IEnumerable<T> items, Func<T, string> key, Func<T, string> label) => dimension switch
    {
        FundingFacet.Hub => items.OrderBy(label, _names),
        FundingFacet.FunderKind => items.OrderBy(i => Vocabulary.CodesOf<FunderKind>().IndexOf(key(i))),
        FundingFacet.Status => items.OrderBy(i => Vocabulary.CodesOf<FundingStatus>().IndexOf(key(i))),
        _ => items.OrderBy(key, StringComparer.Ordinal),
    };

    /// <summary>What a reader calls a key of a dimension: a hub's name, a kind of funder, a stage or a year.</summary>
    private string KeyLabel(string dimension, string key) => dimension switch
    {
        FundingFacet.Hub => Index.Hubs[new Id<Hub>(key)].Name[language],
        FundingFacet.FunderKind => T("funder_kind." + key),
        FundingFacet.Status => T("funding_status." + key),
        _ => YearLabel(key),
    };

    /// <summary>The URL of a facet's first page, or null when no figure has that key.</summary>
    private string? FacetUrl(string dimension, string key) =>
        Places.Facet(dimension, key) is { } facet ? site.Urls.Page(facet.Route, language) : null;

    /// <summary>The link to every figure of a hub, organisation or programme, when its page shows only the first <see cref="RecordPageFunding"/>.</summary>
    private LinkView? AllFundingLink(int count, string? route) =>
        count > RecordPageFunding && route is not null
            ? new LinkView(site.Urls.Page(route, language), string.Format(CultureInfo.InvariantCulture, T("paging.more_funding"), count, RecordPageFunding))
            : null;

    /// <summary>Every organisation's row, by name and by type, and the links to each type: the same for every page of both lists.</summary>
    private sealed record PartnerListing(
        PartnerRowView[] ByName,
        PartnerRowView[] ByType,
        (string Type, string Label, LinkView[] Partners)[] Types,
        TotalRowView[] TypeLinks);

    /// <summary>Worked out when first asked for; two pages rendered at once may both work it out, to the same result.</summary>
    private PartnerListing Partners => field ??= PartnerListingOf();

    private PartnerListing PartnerListingOf()
    {
        var all = Content.Partners.Select(PartnerRow).OrderBy(r => r.Partner.Text, _names).ThenBy(r => r.Partner.Url, StringComparer.Ordinal).ToArray();
        var types = Vocabulary.CodesOf<PartnerType>().Select(type => (Type: type, Rows: all.Where(r => r.TypeId == type).ToArray())).ToArray();
        return new PartnerListing(
            all,
            [.. types.SelectMany(t => t.Rows)],
            [.. types.Select(t => (t.Type, T("partner_type." + t.Type), t.Rows.Select(r => r.Partner).ToArray()))],
            [.. types
                .Where(t => t.Rows.Length > 0)
                .Select(t => new TotalRowView(T("partner_type." + t.Type), PartnerTypeUrl(t.Type), Money(new Krw(0)), t.Rows.Length, 0))]);
    }

    private PageModel PartnerList(bool byName, int number)
    {
        var listing = Partners;
        var ordered = byName ? listing.ByName : listing.ByType;
        var slice = Paging.Slice(ordered, number);
        var groups = listing.Types
            .Select(type => new PartnerGroupView(type.Type, type.Label, type.Partners)
            {
                Rows = [.. slice.Where(r => r.TypeId == type.Type)],
            })
            .Where(g => g.Rows.Count > 0)
            .ToArray();
        var view = new PartnerListView(groups, Content.Partners.Length)
        {
            IsByName = byName,
            Rows = slice,
            ByTypeUrl = site.Urls.Page(Routes.Partners, language),
            ByNameUrl = site.Urls.Page(Routes.PartnersByName, language),
            Pager = Pager(byName ? Routes.PartnersByName : Routes.Partners, number, ordered.Length),
            TypeLinks = listing.TypeLinks,
        };
        var list = byName ? Routes.PartnersByName : Routes.Partners;
        var crumbs = byName ? [Crumb(Routes.Home, T("nav.home")), Crumb(Routes.Partners, T("nav.partners"))] : new[] { Crumb(Routes.Home, T("nav.home")) };
        return Page(Paging.Route(list, number), "partners", PagedTitle(byName ? T("partners.title_by_name") : T("nav.partners"), number, ordered.Length), T("partners.lead"), view, null, crumbs);
    }

    /// <summary>The page of the organisations by type where a type's group starts, with the group's anchor.</summary>
    private string PartnerTypeUrl(string type) =>
        site.Urls.Page(Paging.Route(Routes.Partners, site.PartnerTypeStarts.TryGetValue(type, out var start) ? Paging.PageOf(start) : 1), language) + "#" + type;

    private PageModel Timeline(int number) =>
        AgreementList(Routes.Timeline, T("nav.timeline"), Places.Agreements, number, null, null) with { Description = T("timeline.lead") };

    /// <summary>
    /// A page of agreements by year: the timeline, or those of one hub, organisation or programme (<paramref name="owner"/>,
    /// whose party is highlighted when <paramref name="highlight"/> names it).
    /// </summary>
    private PageModel AgreementList(string list, string title, IReadOnlyList<Agreement> all, int number, LinkView? owner, string? highlight)
    {
        var numbering = new CitationNumbering(site, strings, language);
        const int Size = ListPlaces.AgreementsPerPage;
        var years = Paging.Slice(all, number, Size)
            .GroupBy(a => a.Date.Year)
            .Select(g => new YearGroupView(g.Key.ToString(CultureInfo.InvariantCulture), [.. g.Select(a => Agreement(a, numbering, highlight))]))
            .ToArray();
        var yearLinks = all
            .Select((a, i) => (Year: a.Date.Year.ToString(CultureInfo.InvariantCulture), Page: Paging.PageOf(i, Size)))
            .GroupBy(x => x.Year)
            .Select(g => new LinkView(site.Urls.Page(Paging.Route(list, g.First().Page), language) + "#y" + g.Key, g.Key))
            .ToArray();
        var view = new TimelineView(years, all.Count) { Pager = Pager(list, number, all.Count, Size), YearLinks = yearLinks };
        var crumbs = owner is null ? new[] { Crumb(Routes.Home, T("nav.home")) } : [Crumb(Routes.Home, T("nav.home")), owner];
        return Page(Paging.Route(list, number), "timeline", PagedTitle(title, number, all.Count, Size), title, view, numbering, crumbs);
    }

    private PageModel SourceList(int number)
    {
        var seeds = Content.Seeds;
        var items = Paging.Slice(seeds, number).Select(SourceItem).ToArray();
        var view = new SourceListView(items) { Pager = Pager(Routes.Sources, number, seeds.Length) };
        return Page(Paging.Route(Routes.Sources, number), "sources", PagedTitle(T("nav.sources"), number, seeds.Length), T("sources.lead"), view, null, [Crumb(Routes.Home, T("nav.home"))]);
    }
}
