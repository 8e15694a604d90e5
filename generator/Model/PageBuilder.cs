using System.Collections.Immutable;
using System.Globalization;
using Hubwatch.Content;
using Hubwatch.History;
using Hubwatch.Model.Views;

namespace Hubwatch.Model;

/// <summary>Builds every page of one language edition from the site model: views with links, formatted money and dates, numbered sources.</summary>
public sealed partial class PageBuilder(SiteModel site, Strings strings, Language language)
{
    private readonly StringComparer _names = StringComparer.Create(
        CultureInfo.GetCultureInfo(language == Language.Ko ? "ko-KR" : "en-US"), CompareOptions.None);

    private ContentIndex Index => site.Index;

    private ContentSet Content => site.Index.Content;

    /// <summary>
    /// Every page of the edition, each built when asked for: a full build builds them one by one as it renders, <c>serve</c>
    /// only those requested. The records' own pages are those of <paramref name="records"/>.
    /// </summary>
    public IEnumerable<PagePlan> Plan(RecordPages records)
    {
        yield return Planned(Routes.Home, Home);
        foreach (var plan in Paged(Routes.Hubs, Content.Hubs.Length, HubList, "hubs"))
        {
            yield return plan;
        }

        foreach (var pages in records.Hubs)
        {
            yield return pages.For(language);
        }

        foreach (var plan in PartnerListPlans())
        {
            yield return plan;
        }

        foreach (var pages in records.Partners)
        {
            yield return pages.For(language);
        }

        foreach (var plan in FundingPlans())
        {
            yield return plan;
        }

        foreach (var pages in records.Funding)
        {
            yield return pages.For(language);
        }

        yield return Planned(Routes.Programs, ProgramList, "programs");
        foreach (var pages in records.Programs)
        {
            yield return pages.For(language);
        }

        foreach (var plan in TimelinePlans().Concat(OwnAgreementPlans()).Concat(HubPartnerPlans()))
        {
            yield return plan;
        }

        foreach (var pages in records.Agreements)
        {
            yield return pages.For(language);
        }

        foreach (var plan in SourceListPlans())
        {
            yield return plan;
        }

        foreach (var pages in records.Seeds)
        {
            yield return pages.For(language);
        }

        foreach (var page in Content.Pages.Where(p => p.Language == language))
        {
            yield return Planned(Routes.Page(page.Id), () => TextPage(page), HistoryKeys.Page(page));
        }

        var changes = new HistoryViewBuilder(site, strings, language).NewestFirst().Count();
        var pageCount = Math.Max(1, (changes + ChangesPerPage - 1) / ChangesPerPage);
        for (var number = 1; number <= pageCount; number++)
        {
            var n = number;
            yield return Planned(Routes.Changes(n), () => Changes(n, pageCount));
        }
    }

    /// <summary>How many figures the funding overview's list of the largest shows.</summary>
    public const int LargestCount = 10;

    /// <summary>How many hub cards the home page shows; with more hubs it links the list of them all.</summary>
    public const int HomeHubCards = 12;

    /// <summary>The most lines a total by hub shows: the largest, then one line for all the others.</summary>
    public const int MaxHubLines = 12;

    /// <summary>How many hubs a hub's map shows: the hub and those nearest it (every hub, while there are no more).</summary>
    public const int MapHubs = 12;

    /// <summary>The most shared figures a total names; the others are counted in one sentence.</summary>
    public const int MaxSharedNotes = 10;

    /// <summary>The most entries one page of the changes list shows.</summary>
    public const int ChangesPerPage = 100;

    /// <summary>A hub's page in both languages, built from the site it is rendered from.</summary>
    public static RecordPages.Pair Plans(Hub hub, Strings strings) =>
        Both(Routes.Hub(hub.Id), HistoryKeys.Record("hubs", hub.Id), strings, builder => builder.Hub(hub));

    /// <summary>An organisation's page in both languages.</summary>
    public static RecordPages.Pair Plans(Partner partner, Strings strings) =>
        Both(Routes.Partner(partner.Id), HistoryKeys.Record("partners", partner.Id), strings, builder => builder.Partner(partner));

    /// <summary>A funding figure's page in both languages.</summary>
    public static RecordPages.Pair Plans(Funding funding, Strings strings) =>
        Both(Routes.FundingFigure(funding.Id), HistoryKeys.Record("funding", funding.Id), strings, builder => builder.FundingRecord(funding));

    /// <summary>A programme's page in both languages.</summary>
    public static RecordPages.Pair Plans(HubProgram program, Strings strings) =>
        Both(Routes.Program(program.Id), HistoryKeys.Record("programs", program.Id), strings, builder => builder.Program(program));

    /// <summary>An agreement's or event's page in both languages.</summary>
    public static RecordPages.Pair Plans(Agreement agreement, Strings strings) =>
        Both(Routes.Agreement(agreement.Id), HistoryKeys.Record("agreements", agreement.Id), strings, builder => builder.AgreementRecord(agreement));

    /// <summary>A source's page in both languages.</summary>
    public static RecordPages.Pair Plans(Seed seed, Strings strings) =>
        Both(Routes.Source(seed.Id), HistoryKeys.Seed(seed.Id), strings, builder => builder.Source(seed));

    /// <summary>A record's page in both languages: each holds the record, never the site, which it is given when rendered.</summary>
    private static RecordPages.Pair Both(string route, string historyKey, Strings strings, Func<PageBuilder, PageModel> build)
    {
        PagePlan In(Language language) => new(route, language, site => build(new PageBuilder(site, strings, language))) { HistoryKey = historyKey };
        return new(In(Language.Ko), In(Language.En));
    }

    /// <summary>The not-found page, written once at the site root; it must work at any depth, so every link is absolute.</summary>
    public PageModel NotFound() =>
        new("404", language, "not_found", T("not_found.title"), T("not_found.title"), new EmptyView(), [], []);

    private PageModel Home()
    {
        var numbering = new CitationNumbering(site, strings, language);
        var latest = Content.Agreements
            .OrderByDescending(a => a.Date)
            .ThenBy(a => a.Id, StringComparer.Ordinal)
            .Take(6)
            .Select(a => Agreement(a, numbering, headline: true))
            .ToArray();
        var cards = HubCards();
        var view = new HomeView(
            new MarkdownText(Content.Site.Intro[language]),
            Map(null),
            [.. cards.Take(HomeHubCards)],
            Totals(site.Totals, Content.Funding),
            Content.Partners.Length,
            Content.Agreements.Length,
            Content.Seeds.Length,
            latest)
        {
            HubCount = cards.Count,
            AllHubs = cards.Count > HomeHubCards
                ? new LinkView(site.Urls.Page(Routes.Hubs, language), string.Format(CultureInfo.InvariantCulture, T("home.all_hubs"), cards.Count))
                : null,
        };
        return Page(Routes.Home, "home", Content.Site.Title[language], Content.Site.Tagline[language], view, numbering, []);
    }

    /// <summary>A page of the list of hubs: the map of them all, and at most a page's worth of cards.</summary>
    private PageModel HubList(int number)
    {
        var cards = HubCards();
        var view = new HubListView(Paging.Slice(cards, number), Map(null), Totals(site.Totals, Content.Funding))
        {
            Pager = Pager(Routes.Hubs, number, cards.Count),
        };
        return Page(Paging.Route(Routes.Hubs, number), "hubs", PagedTitle(T("nav.hubs"), number, cards.Count), T("hubs.lead"), view, null, [Crumb(Routes.Home, T("nav.home"))]);
    }

    private PageModel Hub(Hub hub)
    {
        var numbering = new CitationNumbering(site, strings, language);
        var figures = hub.KeyFigures
            .Select(k => new KeyFigureView(k.Label[language], k.Value[language], k.IsEditorial, numbering.Cite(k.Sources)))
            .ToArray();
        var hubCites = numbering.Cite(hub.Sources);
        var funding = SiteModel.Of(site.FundingByHub, hub.Id);
        var hubTotals = FundingTotals.Of(funding, site.PartnerId);
        var partners = SortedPartnerLinks(SiteModel.Of(site.PartnersOfHub, hub.Id));
        var view = new HubView(
            hub.Id,
            hub.Name[language],
            hub.Region[language],
            hub.Province[language],
            T("hub_status." + hub.Status.Code()),
            hub.Designated is { } d ? DateFormatter.Format(d, language) : null,
            hub.Area?[language],
            hub.Summary[language],
            new MarkdownText(hub.Body[language], HeadingOffset: 1),
            hub.Note?[language],
            Map(hub.Id),
            figures,
            [.. hub.Programs.Select(p => ProgramLink(p.Id)).OrderBy(l => l.Text, _names)],
            [.. SiteModel.Of(site.AgreementsByHub, hub.Id).Take(RecordPageAgreements).Select(a => Agreement(a, numbering))],
            [.. partners.Take(RecordPagePartners)],
            FundingRows(funding, numbering, RecordPageFunding),
            Totals(hubTotals, funding, hub: hub.Id),
            hubCites)
        {
            AllFunding = AllFundingLink(funding.Length, Places.Facet(FundingFacet.Hub, hub.Id)?.Route),
            AllAgreements = AllAgreementsLink(SiteModel.Of(site.AgreementsByHub, hub.Id).Length, Routes.HubAgreements(hub.Id)),
            PartnerCount = partners.Count,
            AllPartners = partners.Count > RecordPagePartners
                ? new LinkView(site.Urls.Page(Routes.HubPartners(hub.Id), language), string.Format(CultureInfo.InvariantCulture, T("paging.more_partners"), partners.Count, RecordPagePartners))
                : null,
            Inferences = Inferences(hub.Inferences, numbering),
            MoneyAnswer = new MoneyAnswer(site, strings, language, Money).For(hub.Id, hubTotals, funding, site.Urls.Page(Routes.Hub(hub.Id), language) + "#funding-heading", FundingUrl),
        };
        return Page(Routes.Hub(hub.Id), "hub", hub.Name[language], hub.Summary[language], view, numbering,
            [Crumb(Routes.Home, T("nav.home")), Crumb(Routes.Hubs, T("nav.hubs"))], RecordKind.Hub, Pending(hub.IsTranslationPending));
    }

    /// <summary>
    /// How many hubs an organisation's row in the list of organisations names; the rest are counted, and the count links
    /// to the organisation's own page, which names them all. A ministry can work with every hub: at 30,000 figures a row
    /// named 173 of them and the first page of the list weighed 268 KB.
    /// </summary>
    public const int PartnerRowHubs = 5;

    private PartnerRowView PartnerRow(Partner partner)
    {
        var funding = SiteModel.Of(site.FundingByFunder, partner.Id);
        var hubs = SiteModel.Of(site.HubsOfPartner, partner.Id).Select(HubLink).OrderBy(l => l.Text, _names).ToArray();
        var link = PartnerLink(partner.Id);
        return new PartnerRowView(
            link,
            partner.Type.Code(),
            T("partner_type." + partner.Type.Code()),
            hubs[..Math.Min(hubs.Length, PartnerRowHubs)],
            SiteModel.Of(site.AgreementsByPartner, partner.Id).Length,
            funding.IsEmpty ? null : Money(FundingTotals.Of(funding).Total),
            funding.Any(f => f.IsSharedByFunders))
        {
            TypeUrl = PartnerTypeUrl(partner.Type.Code()),
            MoreHubs = hubs.Length > PartnerRowHubs
                ? new LinkView(link.Url + "#hubs-heading", string.Format(CultureInfo.InvariantCulture, T("partners.more_hubs"), hubs.Length - PartnerRowHubs))
                : null,
        };
    }

    private PageModel Partner(Partner partner)
    {
        var numbering = new CitationNumbering(site, strings, language);
        // The sources of what the header says are numbered first, as a reader meets them.
        var cites = numbering.Cite(partner.Sources);
        var agreements = SiteModel.Of(site.AgreementsByPartner, partner.Id).Take(RecordPageAgreements).Select(a => Agreement(a, numbering, highlight: partner.Id)).ToArray();
        var funding = SiteModel.Of(site.FundingByFunder, partner.Id);
        var shared = SiteModel.Of(site.FundingSharedWith, partner.Id);
        var view = new PartnerView(
            partner.Id,
            partner.Name[language],
            partner.Name[language.Other()],
            T("partner_kind." + partner.Type.Code()),
            new LinkView(PartnerTypeUrl(partner.Type.Code()), T("partner_kind." + partner.Type.Code())),
            [.. partner.Aliases],
            partner.Summary?[language],
            [.. SiteModel.Of(site.HubsOfPartner, partner.Id).Select(HubLink).OrderBy(l => l.Text, _names)],
            agreements,
            FundingRows(funding, numbering, RecordPageFunding),
            cites)
        {
            AllFunding = AllFundingLink(funding.Length, Routes.PartnerFunding(partner.Id)),
            AllAgreements = AllAgreementsLink(SiteModel.Of(site.AgreementsByPartner, partner.Id).Length, Routes.PartnerAgreements(partner.Id)),
            Inferences = Inferences(partner.Inferences, numbering),
            Programs = [.. SiteModel.Of(site.ProgramsOfPartner, partner.Id).Select(ProgramLink).OrderBy(l => l.Text, _names)],
            Totals = funding.Length > 1 ? Totals(FundingTotals.Of(funding), funding, partner: partner.Id) : null,
            SharedFunding = FundingRows(shared, numbering, RecordPageFunding),
            AllSharedFunding = AllFundingLink(shared.Length, Routes.PartnerSharedFunding(partner.Id)),
        };
        return Page(Routes.Partner(partner.Id), "partner", partner.Name[language], partner.Summary?[language] ?? T("partner_kind." + partner.Type.Code()), view, numbering,
            [Crumb(Routes.Home, T("nav.home")), Crumb(Routes.Partners, T("nav.partners"))], RecordKind.Partner, Pending(partner.IsTranslationPending));
    }

    /// <summary>One figure's page: what its row says, each funder and place linked, the whole it belongs to and its parts.</summary>
    private PageModel FundingRecord(Funding funding)
    {
        var numbering = new CitationNumbering(site, strings, language);
        var row = FundingRow(funding, numbering);
        var whole = funding.PartOf is { } reference ? Index.Funding[reference.Id] : null;
        var view = new FundingRecordView(
            row,
            [.. funding.Funders.Select(f => PartnerLink(site.PartnerId(f)))],
            funding.HasUnnamedFunders,
            [.. funding.SharedWith.Select(p => PartnerLink(site.PartnerId(p)))],
            HubGroup.Of(funding).IsShared,
            whole is null ? null : Money(whole.Amount),
            // On the whole's own page its parts need not say whose part they are.
            [.. FundingRows(SiteModel.Of(site.PartsOf, funding.Id), numbering).Select(part => part with { PartOf = null })])
        {
            StageAsOf = funding.Sources.Select(c => Index.Seeds.GetValueOrDefault(c.Seed)).OfType<Seed>().Where(s => s.Published is not null)
                .MaxBy(s => s.Published) is { } latest ? DateFormatter.Of(latest, strings, language) : null,
            IsStageRead = funding.IsRead(FundingReading.Stage),
            IsHubRead = funding.IsRead(FundingReading.Hub),
            IsFunderKindRead = funding.IsRead(FundingReading.FunderKind),
            IsFunderRead = funding.IsRead(FundingReading.Funder),
        };
        if (!SiteModel.Of(site.PartsOf, funding.Id).IsEmpty)
        {
            // Its parts count under their own kind and funder, so the figure's own kind and funders hold only the rest.
            var split = FundingTotals.Of(WithAllParts(funding), site.PartnerId);
            var fundersOfParts = !funding.Funders.Any() && !funding.HasUnnamedFunders ? split.ByFunder : [];
            var unnamed = split.Total - fundersOfParts.Aggregate(new Krw(0), (sum, l) => sum + l.Amount);
            view = view with
            {
                ByFunderKind = split.ByFunderKind.Length > 1
                    ? [.. split.ByFunderKind.Select(l => new AnswerPartView(T("funder_kind." + l.Key), null, Money(l.Amount)))]
                    : [],
                FundersOfParts = [.. fundersOfParts.Select(l => (Link: PartnerLink(new Id<Partner>(l.Key)), l.Amount)).Select(l => new AnswerPartView(l.Link.Text, l.Link.Url, Money(l.Amount)))],
                NoFunderAmount = fundersOfParts.IsEmpty || unnamed.Value == 0 ? null : Money(unnamed),
            };
        }

        return Page(Routes.FundingFigure(funding.Id), "funding_record", funding.Title[language], funding.Purpose[language], view, numbering,
            [Crumb(Routes.Home, T("nav.home")), Crumb(Routes.Funding, T("nav.funding"))], RecordKind.Funding);
    }

    /// <summary>A figure and every part under it, at any depth.</summary>
    private List<Funding> WithAllParts(Funding funding)
    {
        var all = new List<Funding> { funding };
        for (var i = 0; i < all.Count; i++)
        {
            all.AddRange(SiteModel.Of(site.PartsOf, all[i].Id));
        }

        return all;
    }

    private PageModel ProgramList()
    {
        var items = Content.Programs
            .Select(p => new ProgramItemView(
                ProgramLink(p.Id),
                T("program_scope." + p.Scope.Code()),
                p.Summary[language],
                [.. SiteModel.Of(site.HubsByProgram, p.Id).Select(HubLink).OrderBy(l => l.Text, _names)]))
            .OrderBy(i => i.Link.Text, _names)
            .ToArray();
        return Page(Routes.Programs, "programs", T("nav.programs"), T("programs.lead"), new ProgramListView(items), null, [Crumb(Routes.Home, T("nav.home"))]);
    }

    private PageModel Program(HubProgram program)
    {
        var numbering = new CitationNumbering(site, strings, language);
        // The sources of what the header and the text say are numbered first, as a reader meets them.
        var cites = numbering.Cite(program.Sources);
        var funding = SiteModel.Of(site.FundingByProgram, program.Id);
        var view = new ProgramView(
            program.Id,
            program.Name[language],
            T("program_scope." + program.Scope.Code()),
            program.Owner is { } owner ? PartnerLink(site.PartnerId(owner)) : null,
            program.Summary[language],
            new MarkdownText(program.Body[language]),
            [.. SiteModel.Of(site.HubsByProgram, program.Id).Select(HubLink).OrderBy(l => l.Text, _names)],
            [.. SiteModel.Of(site.AgreementsByProgram, program.Id).Take(RecordPageAgreements).Select(a => Agreement(a, numbering))],
            FundingRows(funding, numbering, RecordPageFunding),
            cites)
        {
            AllFunding = AllFundingLink(funding.Length, Routes.ProgramFunding(program.Id)),
            AllAgreements = AllAgreementsLink(SiteModel.Of(site.AgreementsByProgram, program.Id).Length, Routes.ProgramAgreements(program.Id)),
            Inferences = Inferences(program.Inferences, numbering),
            Totals = funding.Length > 1 ? Totals(FundingTotals.Of(funding), funding) : null,
        };
        return Page(Routes.Program(program.Id), "program", program.Name[language], program.Summary[language], view, numbering,
            [Crumb(Routes.Home, T("nav.home")), Crumb(Routes.Programs, T("nav.programs"))], RecordKind.Program, Pending(program.IsTranslationPending));
    }

    /// <summary>One agreement's or event's page: its date, kind, hub and program, every party with what it undertakes.</summary>
    private PageModel AgreementRecord(Agreement agreement)
    {
        var numbering = new CitationNumbering(site, strings, language);
        var view = new AgreementRecordView(Agreement(agreement, numbering, whole: true));
        return Page(Routes.Agreement(agreement.Id), "agreement", agreement.Title[language], agreement.Summary[language], view, numbering,
            [Crumb(Routes.Home, T("nav.home")), Crumb(Routes.Timeline, T("nav.timeline"))], RecordKind.Agreement);
    }

    private PageModel Source(Seed seed)
    {
        var highlights = site.Annotations.For(seed.Id);
        var segments = new List<SegmentView>();
        var passages = new List<CitedPassageView>();
        var position = 0;
        foreach (var (highlight, number) in highlights.Select((h, i) => (h, i + 1)))
        {
            if (highlight.Start > position)
            {
                segments.Add(new SegmentView(seed.Text[position..highlight.Start], null, 0));
            }

            var text = seed.Text[highlight.Start..highlight.End];
            segments.Add(new SegmentView(text, highlight.Anchor, number));
            var passage = highlight.Passage(seed.Text);
            passages.Add(new CitedPassageView(number, highlight.Anchor, passage, [.. highlight.CitedBy.Select(CitedByLink)])
            {
                English = PassageQuotes.EnglishOf(seed, [passage], language),
            });
            position = highlight.End;
        }

        if (position < seed.Text.Length)
        {
            segments.Add(new SegmentView(seed.Text[position..], null, 0));
        }

        var item = SourceItem(seed);
        var view = new SourceView(item, seed.Url, segments, passages) { HasMarkup = HoldsMarkup(seed.Text) };
        return Page(Routes.Source(seed.Id), "source", item.Title, $"{item.Publisher} — {item.Title}", view, null,
            [Crumb(Routes.Home, T("nav.home")), Crumb(Routes.Sources, T("nav.sources"))], RecordKind.Source);
    }

    /// <summary>Whether a text holds HTML markup, as CommonMark reads raw HTML (a tag such as <c>&lt;ul style="…"&gt;</c>, not "&lt;전주&gt;").</summary>
    /// <remarks>Only a text with a '&lt;' is parsed, so a source without one costs a scan, not a parse, in each edition.</remarks>
    private static bool HoldsMarkup(string text) =>
        text.Contains('<', StringComparison.Ordinal)
        && Markdig.Syntax.MarkdownObjectExtensions.Descendants(Markdig.Markdown.Parse(text)).Any(node => node is Markdig.Syntax.HtmlBlock or Markdig.Syntax.Inlines.HtmlInline);

    private PageModel Changes(int number, int pageCount)
    {
        var history = new HistoryViewBuilder(site, strings, language);
        var changes = history.NewestFirst().ToArray();
        var entries = changes
            .Skip((number - 1) * ChangesPerPage)
            .Take(ChangesPerPage)
            .Select(e => history.Revision(e.Key, e.Revision, withRecord: true))
            .ToArray();
        string Label(string key, int n) => string.Format(CultureInfo.InvariantCulture, T(key), n);
        var view = new ChangesView(
            entries,
            changes.Length,
            number,
            pageCount,
            number > 1 ? Crumb(Routes.Changes(number - 1), Label("changes.newer", number - 1)) : null,
            number < pageCount ? Crumb(Routes.Changes(number + 1), Label("changes.older", number + 1)) : null,
            site.Urls.Root(ChangesFeed.Path(language)),
            site.History.Incomplete is null ? null : T("changes.incomplete"));
        var title = number == 1 ? T("changes.title") : Label("changes.title_page", number);
        var crumbs = number == 1 ? new[] { Crumb(Routes.Home, T("nav.home")) } : [Crumb(Routes.Home, T("nav.home")), Crumb(Routes.Changes(1), T("changes.title"))];
        return Page(Routes.Changes(number), "changes", title, T("changes.lead"), view, null, crumbs);
    }

    private PageModel TextPage(TextPage page) =>
        Page(Routes.Page(page.Id), "page", page.Title, MetaDescription.FirstParagraph(page.Body) ?? page.Title, new TextPageView(new MarkdownText(page.Body)), null, [Crumb(Routes.Home, T("nav.home"))], RecordKind.Page, Pending(page.IsTranslationPending));

    private SourceItemView SourceItem(Seed seed) => new(
        seed.Id,
        site.Urls.Page(Routes.Source(seed.Id), language),
        seed.Title[language],
        seed.Publisher[language],
        seed.Published is { } d ? DateFormatter.Format(d, language) : null,
        seed.DateNote?[language],
        T("seed_kind." + seed.Kind.Code()),
        site.Annotations.For(seed.Id).Length);

    private LinkView CitedByLink(CitedFact fact) => fact.Kind switch
    {
        RecordKind.Hub => HubLink(new Id<Hub>(fact.RecordId)),
        RecordKind.Program => ProgramLink(new Id<HubProgram>(fact.RecordId)),
        RecordKind.Partner => PartnerLink(new Id<Partner>(fact.RecordId)),
        RecordKind.Agreement => new LinkView(AgreementUrl(fact.RecordId), Index.Agreements[new Id<Agreement>(fact.RecordId)].Title[language]),
        RecordKind.Funding => new LinkView(FundingUrl(fact.RecordId), Index.Funding[new Id<Funding>(fact.RecordId)].Title[language]),
        _ => throw new ArgumentOutOfRangeException(nameof(fact), fact.Kind, "sources are not cited by sources"),
    };

    /// <summary>The map of every hub (lists), or of a hub and the hubs nearest it (<see cref="MapHubs"/> in all).</summary>
    private MapView Map(string? currentHub)
    {
        var placed = Content.Hubs.Where(h => h.Coordinates is not null);
        if (currentHub is not null && Content.Hubs.FirstOrDefault(h => h.Id == currentHub)?.Coordinates is { } here)
        {
            // Nearest as drawn on the map.
            var (x, y) = KoreaMap.Project(here.Longitude, here.Latitude);
            placed = placed
                .Select(h => (Hub: h, At: KoreaMap.Project(h.Coordinates!.Longitude, h.Coordinates.Latitude)))
                .OrderBy(p => p.Hub.Id == currentHub ? 0 : 1)
                .ThenBy(p => Math.Pow(p.At.X - x, 2) + Math.Pow(p.At.Y - y, 2))
                .ThenBy(p => p.Hub.Id, StringComparer.Ordinal)
                .Select(p => p.Hub)
                .Take(MapHubs);
        }

        var hubs = placed.ToArray();
        var names = hubs.OrderBy(h => h.Name[language], _names).Select(h => $"{h.Name[language]} ({h.Region[language]})");
        var description = string.Format(CultureInfo.InvariantCulture, T("map.description"), string.Join(", ", names));
        return KoreaMap.Draw(hubs, language, T("map.title"), description, h => site.Urls.Page(Routes.Hub(h.Id), language), currentHub);
    }

    private IReadOnlyList<HubCardView> HubCards() =>
    [
        .. Content.Hubs
            .Select(hub =>
            {
                var funding = SiteModel.Of(site.FundingByHub, hub.Id);
                var shared = FundingTotals.Of(funding.Where(f => HubGroup.Of(f).IsShared));
                var all = FundingTotals.Of(funding);
                return new HubCardView(
                    hub.Id,
                    site.Urls.Page(Routes.Hub(hub.Id), language),
                    hub.Name[language],
                    hub.Region[language],
                    hub.Summary[language],
                    T("hub_status." + hub.Status.Code()),
                    Money(FundingTotals.Of(funding.Where(f => !HubGroup.Of(f).IsShared)).Total),
                    shared.CountedFigures > 0 ? Money(shared.Total) : null,
                    funding.Length,
                    SiteModel.Of(site.AgreementsByHub, hub.Id).Length)
                {
                    Done = funding.IsEmpty ? null : Money(all.Status(FundingStatus.Committed) + all.Status(FundingStatus.Executed)),
                    SharedWith = SharedPlaces(funding.Where(f => HubGroup.Of(f).IsShared), hub.Id.Value),
                    HubRead = all.Reading(FundingReading.Hub) is { Value: > 0 } read ? Money(read) : null,
                };
            })
            .OrderBy(card => card.Name, _names),
    ];

    /// <summary>
    /// An agreement as its own page shows it (<paramref name="whole"/>: every party with what it undertakes and its
    /// quotes, then the guests) or as an entry of a list: the parties and guests named and linked, what each undertakes
    /// left to the agreement's page, except the part of <paramref name="highlight"/> (the organisation whose page lists it).
    /// A <paramref name="headline"/> (the home page's latest) shows no inference, so none is cited.
    /// </summary>
    private AgreementView Agreement(Agreement agreement, CitationNumbering numbering, string? highlight = null, bool whole = false, bool headline = false)
    {
        PartyView View(Party party, Id<Partner> id)
        {
            var isGuest = party.Role == PartyRole.Guest;
            return whole || id == highlight
                ? new PartyView(PartnerLink(id), party.Undertakes?[language], numbering.Cite(party.Sources), party.IsEditorial, isGuest)
                : new PartyView(PartnerLink(id), null, [], party.IsEditorial, isGuest);
        }

        // Numbered in the order a reader meets them: the agreement's own citations beside its title, then each party's.
        var cites = numbering.Cite(agreement.Sources);
        var views = agreement.Parties
            .Select(p => (Party: p, Id: site.PartnerId(p.Partner)))
            .Select(p => (p.Party, p.Id, View: View(p.Party, p.Id)))
            .ToArray();

        return new AgreementView(
            agreement.Id,
            AgreementUrl(agreement.Id),
            DateFormatter.Format(agreement.Date, language),
            agreement.Date.Iso,
            agreement.DateNote?[language],
            T("agreement_kind." + agreement.Kind.Code()),
            agreement.Title[language],
            agreement.Summary[language],
            agreement.Note?[language],
            HubLink(agreement.Hub.Id),
            agreement.Program is { } program ? ProgramLink(program.Id) : null,
            [.. views.Where(v => v.Party.Role == PartyRole.Party).Select(v => v.View)],
            cites)
        {
            Inferences = headline ? [] : Inferences(agreement.Inferences, numbering),
            Guests = [.. views.Where(v => v.Party.Role == PartyRole.Guest).Select(v => v.View)],
            Highlight = views.FirstOrDefault(v => v.Id == highlight).View,
        };
    }

    private IReadOnlyList<InferenceView> Inferences(ImmutableArray<Inference> inferences, CitationNumbering numbering) =>
        [.. inferences.Select(i => new InferenceView(i.Text[language], i.Reasoning[language], numbering.Cite(i.Sources)))];

    /// <summary>
    /// Rows ordered by amount, each whole followed by its parts, so a part is read as part of its whole; at most
    /// <paramref name="limit"/> of them (the largest) when given.
    /// </summary>
    private IReadOnlyList<FundingRowView> FundingRows(IEnumerable<Funding> figures, CitationNumbering numbering, int limit = int.MaxValue, bool headline = false) =>
        [.. ListPlaces.Order(site, figures).Take(limit).Select(f => FundingRow(f, numbering, headline))];

    private string? Period(Funding funding) => funding.Period switch
    {
        null => null,
        { From: { } from, To: { } to } when from == to => $"{from}",
        { From: { } from, To: { } to } => $"{from}–{to}",
        { From: { } from } => string.Format(CultureInfo.InvariantCulture, T("funding.period_from"), from),
        { To: { } to } => string.Format(CultureInfo.InvariantCulture, T("funding.period_to"), to),
        _ => null,
    };

    /// <summary>
    /// A figure as a row of a list. A <paramref name="headline"/> (the overview's largest figures: title, amount and
    /// stage) shows no inference, so none is cited.
    /// </summary>
    private FundingRowView FundingRow(Funding funding, CitationNumbering numbering, bool headline = false)
    {
        var period = Period(funding);
        return new FundingRowView(
            funding.Id,
            FundingUrl(funding.Id),
            funding.Title[language],
            Money(funding.Amount),
            funding.AmountAsWritten,
            T("funder_kind." + funding.FunderKind.Code()),
            [.. funding.Funders.Select(f => PartnerLink(site.PartnerId(f)))],
            funding.HasUnnamedFunders,
            [.. funding.Hubs.Select(h => HubLink(h.Id))],
            funding.Program is { } program ? ProgramLink(program.Id) : null,
            period,
            funding.Purpose[language],
            T("funding_status." + funding.Status.Code()),
            funding.PartOf is { } whole ? new LinkView(FundingUrl(whole.Id), Index.Funding[whole.Id].Title[language]) : null,
            funding.Note?[language],
            [.. funding.Breakdown.Select(b => new BreakdownView(b.Label?[language] ?? b.Year!.Value.ToString(CultureInfo.InvariantCulture), Money(b.Amount)) { IsRead = b.IsRead })],
            numbering.Cite(funding.Sources)) { Inferences = headline ? [] : Inferences(funding.Inferences, numbering) };
    }

    /// <summary>
    /// The totals of a set of figures as a page shows them. <paramref name="hub"/> or <paramref name="partner"/> is the
    /// page's own hub or organisation, left out of each "shared with" list.
    /// </summary>
    private TotalsView Totals(FundingTotals totals, IEnumerable<Funding> figures, string? hub = null, string? partner = null, bool facets = false)
    {
        // The lines by hub and funder kind add up every figure; those by year only the figures with a yearly split.
        var stages = StagesAdded(totals.ByStatus.Where(l => l.Amount.Value > 0).Select(l => l.Key));
        TotalRowView[] Rows(IEnumerable<(string Label, string? Url, Krw Amount, int Count)> lines)
        {
            var list = lines.ToArray();
            var max = list.Length == 0 ? 1 : Math.Max(1, list.Max(l => l.Amount.Value));
            return [.. list.Select(l => new TotalRowView(l.Label, l.Url, Money(l.Amount), l.Count, (int)Math.Round(100m * l.Amount.Value / max)))];
        }

        TotalRowView[] Lines(IEnumerable<TotalLine> lines, Func<string, (string Label, string? Url)> describe) =>
            Rows(lines.Select(l => describe(l.Key) is var (label, url) ? (label, url, l.Amount, l.Count) : default));

        TotalsSectionView Section(string id, string captionKey, TotalRowView[] rows, string stagesAdded)
        {
            var caption = T(captionKey);
            var description = string.Format(CultureInfo.InvariantCulture, T("funding.chart_description"), caption, string.Join("; ", rows.Select(r => $"{r.Label}: {r.Amount.Text}")));
            return new TotalsSectionView(id, caption, stagesAdded, rows, ChartBuilder.Bars(id, caption, description, rows));
        }

        var sections = new List<TotalsSectionView>();
        if (totals.ByHub.Length > 1 || totals.ByHub.Any(l => l.Group.IsShared))
        {
            // The largest lines, and the rest in one line that says how many it holds, so that the lines still add up.
            var shown = totals.ByHub.Length <= MaxHubLines ? totals.ByHub : totals.ByHub[..(MaxHubLines - 1)];
            var lines = shown.Select(l => HubGroupLabel(l.Group) is var (label, url) ? (label, facets && !l.Group.IsShared ? FacetUrl(FundingFacet.Hub, l.Group.Hubs[0]) : url, l.Amount, l.Count) : default);
            if (shown.Length < totals.ByHub.Length)
            {
                var rest = totals.ByHub[shown.Length..];
                lines = lines.Append((
                    string.Format(CultureInfo.InvariantCulture, T("funding.other_hub_lines"), rest.Length),
                    facets ? "#facets-heading" : null,
                    new Krw(rest.Sum(l => l.Amount.Value)),
                    rest.Sum(l => l.Count)));
            }

            sections.Add(Section("by-hub", "funding.by_hub", Rows(lines), stages));
        }

        sections.Add(Section("by-funder-kind", "funding.by_funder_kind", Lines(totals.ByFunderKind, k => (T("funder_kind." + k), facets ? FacetUrl(FundingFacet.FunderKind, k) : null)), stages));
        if (totals.ByYear.Length > 0)
        {
            sections.Add(Section("by-year", "funding.by_year", Lines(totals.ByYear, k => (k == FundingTotals.EarlierKey ? T("funding.earlier") : YearLabel(k), facets && k != FundingTotals.EarlierKey ? FacetUrl(FundingFacet.Year, k) : null)), StagesAdded(totals.ByYearStages.Select(s => s.Code()))));
        }

        var shared = SharedShown(totals.Shared);
        return new TotalsView(
            Money(totals.Total),
            totals.CountedFigures,
            // The parts of other listed figures, which the total does not add again; a part whose whole is not listed is added.
            figures.DistinctBy(f => f.Id).Count() - totals.CountedFigures,
            sections,
            totals.NotByYear.Value > 0 && totals.ByYear.Length > 0 ? Money(totals.NotByYear) : null)
        {
            Headline = Headline(totals),
            Stages = Lines(totals.ByStatus, k => (T("funding_status." + k), null)),
            Sectors = Lines(totals.BySector, k => (T("funder_sector." + k), null)),
            Readings = Readings(totals),
            Shared = [.. shared.Select(f => new SharedNoteView(new LinkView(FundingUrl(f.Id), f.Title[language]), Money(f.Amount), SharedWith(f, hub, partner)))],
            SharedMore = shared.Length == totals.Shared.Length ? null : string.Format(
                CultureInfo.InvariantCulture,
                strings.ForCount(language, "funding.shared_more", totals.Shared.Length - shared.Length),
                totals.Shared.Length - shared.Length,
                MoneyFormatter.Format(new Krw(totals.Shared.Sum(f => f.Amount.Value) - shared.Sum(f => f.Amount.Value)), language)),
        };
    }

    /// <summary>
    /// How much of a total rests on the editors' readings, by what they decide: "…: which hub KRW 1.192 trillion goes to,
    /// the kind of funder of KRW 1 trillion, …", and, when there are several, that they overlap.
    /// </summary>
    private string? Readings(FundingTotals totals)
    {
        if (totals.ByReading.IsEmpty)
        {
            return null;
        }

        var parts = totals.ByReading.Select(r => string.Format(CultureInfo.InvariantCulture, T("funding.reading." + r.Reading.Code()), MoneyFormatter.Format(r.Amount, language).Replace(" ", "\u00A0", StringComparison.Ordinal))).ToList();
        var listed = language == Language.Ko ? string.Join(", ", parts) : Listed(parts, "and");
        // One reading cannot overlap another, so only several are said not to add up.
        return string.Format(CultureInfo.InvariantCulture, T(parts.Count == 1 ? "funding.readings_one" : "funding.readings"), listed);
    }

    /// <summary>The shared figures a total names: all of them, or the largest when there are more than a page should list.</summary>
    private static ImmutableArray<Funding> SharedShown(ImmutableArray<Funding> shared) =>
        shared.Length <= MaxSharedNotes ? shared : [.. shared.OrderByDescending(f => f.Amount.Value).ThenBy(f => f.Id.Value, StringComparer.Ordinal).Take(MaxSharedNotes)];

    /// <summary>What a total adds up, named by its stages: "발표·계획된 금액", "Announced or planned".</summary>
    private string Headline(FundingTotals totals)
    {
        var stages = totals.ByStatus.Where(l => l.Amount.Value > 0 && l.Key != "unstated").Select(l => T("funding_stage." + l.Key)).ToArray();
        var unstated = totals.Status(FundingStatus.Unstated).Value > 0;
        if (stages.Length == 0)
        {
            return T(unstated ? "funding.headline_unstated" : "funding.headline_none");
        }

        var headline = Sentence(string.Format(CultureInfo.InvariantCulture, T("funding.headline"), Listed(stages, "or")));
        return unstated ? headline + T("funding.headline_and_unstated") : headline;
    }

    /// <summary>
    /// Which stages a breakdown of totals adds together, so that no line reads as money spent when it holds plans:
    /// "Announced, planned and spent added together", "발표·계획·집행 금액을 함께 더했습니다"; "All planned" when there is one.
    /// </summary>
    private string StagesAdded(IEnumerable<string> statusCodes)
    {
        var codes = statusCodes.ToArray();
        if (codes.Length == 0)
        {
            return "";
        }

        var unstated = FundingStatus.Unstated.Code();
        if (codes is [var only] && only == unstated)
        {
            return T("funding.stages_unstated_only");
        }

        var stages = codes.Select(code => code == unstated ? T("funding.stage_unstated") : T("funding_stage." + code)).ToArray();
        return Sentence(string.Format(CultureInfo.InvariantCulture, strings.ForCount(language, "funding.stages_added", stages.Length), Listed(stages, "and")));
    }

    /// <summary>A wording that starts a sentence: in English with a capital ("Announced or planned"); Korean has none.</summary>
    private string Sentence(string text) => language == Language.En ? char.ToUpperInvariant(text[0]) + text[1..] : text;

    /// <summary>Words as a list in the edition's language: "발표·계획·집행"; "announced, planned and spent" (or "or").</summary>
    private string Listed(IReadOnlyList<string> words, string conjunction) =>
        language == Language.Ko ? string.Join("·", words)
        : words.Count == 1 ? words[0]
        : string.Join(", ", words.Take(words.Count - 1)) + " " + conjunction + " " + words[^1];

    /// <summary>The hubs and places other than <paramref name="hub"/> that figures are linked to, named once each; null when there are none.</summary>
    private string? SharedPlaces(IEnumerable<Funding> figures, string hub)
    {
        var places = figures.SelectMany(f => PlacesOf(f, hub)).Distinct(StringComparer.Ordinal).ToList();
        return places.Count == 0 ? null : string.Format(CultureInfo.InvariantCulture, T("hubs.shared_with"), string.Join(", ", places));
    }

    /// <summary>The hubs other than <paramref name="hub"/> and the places a figure is linked to, by name.</summary>
    private IEnumerable<string> PlacesOf(Funding figure, string? hub) =>
        figure.Hubs.Where(h => h.Id.Value != hub).Select(h => Index.Hubs[h.Id].Name[language])
            .Concat(figure.SharedWith.Select(p => Index.Partners[site.PartnerId(p)].Name[language]));

    /// <summary>With whom a shared figure is shared, the page's own hub or organisation left out: "Changwon", "Wanju County", "other investors the source does not name".</summary>
    private string SharedWith(Funding figure, string? hub, string? partner)
    {
        var said = new List<string>();
        var places = PlacesOf(figure, hub).ToList();
        if (HubGroup.Of(figure).IsShared)
        {
            // A figure that may be each hub's is counted once; were it each one's, a total over all its hubs (one with
            // no hub of its own) would hold it once more for each further hub.
            // Listed with no hub of the page's own, the places named are all those that share it; on a hub's page, the others.
            var key = figure.MayBePerSite ? (hub is null ? "funding.shared_with_each_more" : "funding.shared_with_each") : hub is null ? "funding.shared_by" : "funding.shared_with";
            var more = new Krw(figure.Amount.Value * (figure.Hubs.Length - 1));
            said.Add(string.Format(CultureInfo.InvariantCulture, T(key), string.Join(", ", places), MoneyFormatter.Format(more, language)));
        }

        if (figure.IsSharedByFunders)
        {
            var funders = figure.Funders.Where(f => site.PartnerId(f) != partner).Select(f => Index.Partners[site.PartnerId(f)].Name[language]).ToList();
            if (figure.HasUnnamedFunders)
            {
                funders.Add(T("funding.unnamed_funders"));
            }

            said.Add(string.Format(CultureInfo.InvariantCulture, T(partner is null ? "funding.funded_by" : "funding.funded_with"), string.Join(", ", funders)));
        }

        return string.Join("; ", said);
    }

    /// <summary>A line of the totals by hub: a hub links to its page; a group names its members and says it is counted once.</summary>
    private (string Label, string? Url) HubGroupLabel(HubGroup group)
    {
        if (!group.IsShared)
        {
            var link = HubLink(group.Hubs[0]);
            return (link.Text, link.Url);
        }

        var names = group.Hubs.Select(h => Index.Hubs[h].Name[language]).Concat(group.SharedWith.Select(p => Index.Partner(p)!.Name[language]));
        return (string.Format(CultureInfo.InvariantCulture, T("funding.shared"), string.Join(" · ", names)), null);
    }

    private string YearLabel(string year) => DateFormatter.Year(int.Parse(year, CultureInfo.InvariantCulture), language);

    private IReadOnlyList<LinkView> SortedPartnerLinks(IEnumerable<Id<Partner>> ids) =>
        [.. ids.Select(PartnerLink).OrderBy(l => l.Text, _names).ThenBy(l => l.Url, StringComparer.Ordinal)];

    private MoneyView Money(Krw amount) =>
        new(MoneyFormatter.Format(amount, language), MoneyFormatter.Exact(amount, language), amount.Value);

    private LinkView HubLink(Id<Hub> id) => new(site.Urls.Page(Routes.Hub(id), language), Index.Hubs[id].Name[language]);

    private LinkView PartnerLink(Id<Partner> id) => new(site.Urls.Page(Routes.Partner(id), language), Index.Partners[id].Name[language]);

    private LinkView ProgramLink(Id<HubProgram> id) => new(site.Urls.Page(Routes.Program(id), language), Index.Programs[id].Name[language]);

    private string AgreementUrl(string id) => site.Urls.Page(Routes.Agreement(id), language);

    private string FundingUrl(string id) => site.Urls.Page(Routes.FundingFigure(id), language);

    private LinkView Crumb(string route, string text) => new(site.Urls.Page(route, language), text);

    private string T(string key) => strings.Get(language, key);

    /// <summary>A page planned for this builder's site, as the lists and the home page are: it is built from that site.</summary>
    private PagePlan Planned(string route, Func<PageModel> build, string historyKey = "") => new(route, language, _ => build()) { HistoryKey = historyKey };

    /// <summary>Only English pages can be pending: Korean is the language every record is written in first.</summary>
    private bool Pending(bool isTranslationPending) => isTranslationPending && language == Language.En;

    private PageModel Page(string route, string template, string title, string description, object view, CitationNumbering? numbering, IReadOnlyList<LinkView> crumbs, RecordKind? kind = null, bool isPending = false) =>
        new(route, language, template, title, description, view, numbering?.Notes ?? [], crumbs, kind, isPending);
}
