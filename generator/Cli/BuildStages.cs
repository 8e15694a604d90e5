using System.Collections.Immutable;
using System.Runtime.ExceptionServices;
using System.Runtime.InteropServices;
using Hubwatch.Content;
using Hubwatch.Diagnostics;
using Hubwatch.Loading;
using Hubwatch.History;
using Hubwatch.Model;
using Hubwatch.Output;
using Hubwatch.Rendering;
using Hubwatch.Validation;

namespace Hubwatch.Cli;

/// <summary>
/// The stages of <see cref="BuildPipeline"/> that work from records, and exactly what a rebuild reuses of them:
/// every call through the <see cref="BuildMemo"/> is worked out again only when the records it names (and what
/// it also reads) changed. The stages are plain functions; this is the one place that decides reuse.
/// </summary>
public static class BuildStages
{
    /// <summary>The lookups the checkers and the model share: records by id, partner names, seed texts, citations.</summary>
    public static ContentIndex Index(ContentSet content, BuildMemo memo)
    {
        var partners = memo.Reuse(content.Partners, ContentIndex.ById);
        ImmutableArray<ImmutableArray<CitedFact>> citations =
        [
            memo.Reuse(content.Hubs, hubs => ContentIndex.CitationsOf(hubs, hub => memo.Reuse(hub, ContentSetExtensions.CitationsOf))),
            memo.Reuse(content.Programs, programs => ContentIndex.CitationsOf(programs, program => memo.Reuse(program, ContentSetExtensions.CitationsOf))),
            memo.Reuse(content.Partners, partners => ContentIndex.CitationsOf(partners, partner => memo.Reuse(partner, ContentSetExtensions.CitationsOf))),
            memo.Reuse(content.Agreements, agreements => ContentIndex.CitationsOf(agreements, agreement => memo.Reuse(agreement, ContentSetExtensions.CitationsOf))),
            memo.Reuse(content.Funding, figures => ContentIndex.CitationsOf(figures, funding => memo.Reuse(funding, ContentSetExtensions.CitationsOf))),
        ];
        return new ContentIndex(content, new ContentIndex.Parts(
            memo.Reuse(content.Hubs, ContentIndex.ById),
            memo.Reuse(content.Programs, ContentIndex.ById),
            partners,
            memo.Reuse(content.Agreements, ContentIndex.ById),
            memo.Reuse(content.Funding, ContentIndex.ById),
            memo.Reuse(content.Seeds, ContentIndex.ById),
            // Kept while every seed's id and text are the same, so that editing a source's metadata (its date, its
            // translations) leaves the quotes' check, which reads the texts only, as it was.
            memo.KeepWhileEqual(
                ImmutableArray.CreateRange(content.Seeds, seed => (seed.Id, seed.Text)),
                _ => ContentIndex.SeedTextsById(content.Seeds, seed => memo.Reuse(seed, SeedText.Of))),
            PartnerNames(content.Partners, partners, memo),
            citations,
            [.. citations.Select(facts => memo.Reuse(facts, ContentIndex.GroupBySeed))]));
    }

    /// <summary>
    /// The partners' names. The names themselves (id, alias or Korean name to id) are kept while they are equal, so a
    /// stage that reads only them (<see cref="ContentIndex.PartnerNames"/>, as <c>alsoOn</c>) is kept when a partner's
    /// other fields change; the names mapped to each partner's record are made again whenever a partner changes.
    /// </summary>
    private static ContentIndex.Names PartnerNames(ImmutableArray<Partner> partners, IReadOnlyDictionary<Id<Partner>, Partner> byId, BuildMemo memo)
    {
        var names = memo.Reuse(partners, all => ContentIndex.NamesOf(all, byId, partner => memo.Reuse(partner, ContentIndex.AliasKeysOf)));
        return names with { Ids = memo.KeepWhileEqual(names.Ids, KeptNames) };
    }

    private static IReadOnlyDictionary<string, Id<Partner>> KeptNames(IReadOnlyDictionary<string, Id<Partner>> names) => names;

    /// <summary>
    /// The ids of a kind of record in the index's order, the same array for as long as they are equal; while the index
    /// of that kind is the same (none of its files changed) they are not listed again.
    /// </summary>
    private static Id<T>[] IdsOf<T>(IReadOnlyDictionary<Id<T>, T> records, BuildMemo memo)
        where T : class =>
        memo.Reuse(records, all => memo.KeepWhileEqual<Id<T>[], Id<T>[]>([.. all.Keys], KeptIds));

    private static Id<T>[] KeptIds<T>(Id<T>[] ids)
        where T : class => ids;

    /// <summary>Runs every checker; all problems land in one bag. Returns the index the checkers used.</summary>
    /// <remarks>
    /// The checkers only read, and diagnostics are sorted before anyone sees them, so independent checkers run
    /// side by side. What one kind of record gives is reused while those records (and what else the checker reads) are unchanged.
    /// </remarks>
    public static ContentIndex Validate(ContentSet content, BuildMemo memo, DiagnosticBag bag)
    {
        // Checkers that need no index start while it is built.
        var withoutIndex = Task.Run(() => bag.AddRange(
        [
            .. memo.Reuse(content.Hubs, IdChecker.Check),
            .. memo.Reuse(content.Programs, IdChecker.Check),
            .. memo.Reuse(content.Partners, IdChecker.Check),
            .. memo.Reuse(content.Partners, AliasChecker.Check),
            .. memo.Reuse(content.Agreements, IdChecker.Check),
            .. memo.Reuse(content.Funding, IdChecker.Check),
            .. IdChecker.Check(content.Seeds, content.Pages),
            .. memo.Reuse(content.Hubs, SourcingChecker.Check),
            .. memo.Reuse(content.Programs, SourcingChecker.Check),
            .. memo.Reuse(content.Partners, SourcingChecker.Check),
            .. memo.ReuseEach(content.Agreements, agreement => SourcingChecker.Check([agreement])).Flattened(),
            .. memo.ReuseEach(content.Funding, funding => SourcingChecker.Check([funding])).Flattened(),
            .. PageChecker.Check(content.Pages),
            .. GroundingChecker.CheckPages(content.Pages),
        ]));
        var index = Index(content, memo);
        var unreadable = content.Unreadable;

        // What the checks below read of the sources (id, text, date, publisher), kept while it is equal: editing what
        // none of them reads, a source's translations, title or address, checks no record again.
        var seeds = memo.KeepWhileEqual(
            ImmutableArray.CreateRange(content.Seeds, s => (s.Id, s.Text, s.Published, s.DatesDisagree, s.DateNote, s.Publisher)),
            _ => new object());

        // The ids the references are checked against, each list the same instance while the ids are; the partners,
        // agreements and figures, the largest kinds, are checked one record at a time, so saving one checks that one again.
        var (hubIds, programIds, fundingIds) = (IdsOf(index.Hubs, memo), IdsOf(index.Programs, memo), IdsOf(index.Funding, memo));
        var smallKinds = index.CitationsPerKind[..2];
        RunSideBySide(
            () => withoutIndex.GetAwaiter().GetResult(),
            () => bag.AddRange(
            [
                .. memo.Reuse(content.Hubs, (index.Programs, unreadable), hubs => ReferenceChecker.Check(hubs, index)),
                .. memo.Reuse(content.Programs, index.PartnerNames, programs => ReferenceChecker.Check(programs, index)),
                .. memo.ReuseEach(content.Agreements, (hubIds, programIds, index.PartnerNames, unreadable), agreement => ReferenceChecker.Check([agreement], index)).Flattened(),
                .. memo.ReuseEach(content.Funding, (hubIds, programIds, index.PartnerNames, fundingIds, unreadable), funding => ReferenceChecker.Check([funding], index)).Flattened(),
                .. smallKinds.SelectMany(kind => memo.Reuse(kind, seeds, facts => ReferenceChecker.Check(facts, index))),
                .. memo.ReuseEach(content.Partners, seeds, partner => ReferenceChecker.Check([.. memo.Reuse(partner, ContentSetExtensions.CitationsOf)], index)).Flattened(),
                .. memo.ReuseEach(content.Agreements, seeds, agreement => ReferenceChecker.Check([.. memo.Reuse(agreement, ContentSetExtensions.CitationsOf)], index)).Flattened(),
                .. memo.ReuseEach(content.Funding, seeds, funding => ReferenceChecker.Check([.. memo.Reuse(funding, ContentSetExtensions.CitationsOf)], index)).Flattened(),
            ]),
            () => bag.AddRange(
            [
                .. smallKinds.SelectMany(kind => memo.Reuse(kind, index.SeedTexts, facts => CitationChecker.Check(facts, index.SeedTexts))),
                .. memo.ReuseEachTogether(content.Partners, index.SeedTexts, partners => CitationChecker.CheckEach(partners, partner => memo.Reuse(partner, ContentSetExtensions.CitationsOf), index.SeedTexts)).Flattened(),
                .. memo.ReuseEachTogether(content.Agreements, index.SeedTexts, agreements => CitationChecker.CheckEach(agreements, agreement => memo.Reuse(agreement, ContentSetExtensions.CitationsOf), index.SeedTexts)).Flattened(),
                .. memo.ReuseEachTogether(content.Funding, index.SeedTexts, figures => CitationChecker.CheckEach(figures, funding => memo.Reuse(funding, ContentSetExtensions.CitationsOf), index.SeedTexts)).Flattened(),
            ]),
            () => bag.AddRange(
            [
                // Each figure by itself; and all of them together, kept while every figure reads the same to that check
                // (an edit to a figure's prose), with the same sources.
                .. memo.ReuseEach(content.Funding, FundingChecker.CheckFigure).Flattened(),
                .. memo.ReuseOrRebind(content.Funding, index.SeedTexts, _ => FundingChecker.CheckTogether(index), FundingChecker.ReadsTheSame, (diagnostics, _) => diagnostics),
            ]),
            () => bag.AddRange(
            [
                // Each record's prose against its own quotes, kept while the record and the sources are unchanged.
                .. memo.ReuseEach(content.Hubs, seeds, hub => GroundingChecker.Check(hub, index.Seeds)).Flattened(),
                .. memo.ReuseEach(content.Programs, seeds, program => GroundingChecker.Check(program, index.Seeds)).Flattened(),
                .. memo.ReuseEach(content.Partners, seeds, partner => GroundingChecker.Check(partner, index.Seeds)).Flattened(),
                .. memo.ReuseEach(content.Agreements, seeds, agreement => GroundingChecker.Check(agreement, index.Seeds)).Flattened(),
                .. memo.ReuseEach(content.Funding, seeds, funding => GroundingChecker.Check(funding, index.Seeds)).Flattened(),
                .. memo.Reuse(content.Seeds, GroundingChecker.CheckDateNotes),
                .. memo.ReuseEach(content.Agreements, seeds, agreement => GroundingChecker.CheckDate(agreement, index.Seeds)).Flattened(),
            ]));

        // These judge the content as a whole. While it has errors, a record that failed to load or a broken
        // reference would show up here again as a false alarm (a name no longer linked), so they wait for clean content.
        if (!bag.HasErrors)
        {
            RunSideBySide(
                () => bag.AddRange(CheckNames(content, memo)),
                () => bag.AddRange(PartnerUsageChecker.Check(
                    index,
                    memo.Reuse(content.Agreements, index.PartnerNames, agreements => PartnerUsageChecker.LinkedByAgreements(agreements, index)),
                    memo.ReuseOrRebind(content.Funding, index.PartnerNames, figures => PartnerUsageChecker.LinkedByFunding(figures, index), PartnerUsageChecker.LinksTheSame, (ids, _) => ids))),
                () => bag.AddRange(SeedMentionChecker.Check(index, seed => memo.Reuse(seed, SeedMentionChecker.MentionsIn))),
                () => bag.AddRange(TranslationChecker.Check(index)),
                () => bag.AddRange(memo.ReuseEach(content.Funding, (index.Partners, index.Hubs, seeds), funding => ReadingChecker.Check(funding, index)).Flattened()));
        }

        return index;
    }

    /// <summary>
    /// The names each record's prose gives, checked against who the record is linked to. A record's result is kept
    /// while the record, the names looked for and the links between records are the same; the names and the links are
    /// kept while equal, so editing a record's prose checks that record alone.
    /// </summary>
    private static ImmutableArray<Diagnostic> CheckNames(ContentSet content, BuildMemo memo)
    {
        var names = memo.KeepWhileEqual(memo.Reuse(content.Partners, NameChecker.NameList), NameChecker.NamesOf);
        var places = memo.KeepWhileEqual(NameChecker.PlaceList(content), NameChecker.PlacesOf);
        var links = memo.KeepWhileEqual(
            (memo.ReuseEach(content.Partners, NameChecker.Links.LineOf), memo.ReuseEach(content.Programs, NameChecker.Links.LineOf), memo.ReuseEach(content.Hubs, NameChecker.Links.LineOf),
                memo.ReuseEach(content.Agreements, NameChecker.Links.LineOf), memo.ReuseEach(content.Funding, NameChecker.Links.LineOf)),
            _ => new NameChecker.Links(content));
        var linksAndNames = (links, names);
        return
        [
            .. memo.ReuseEach(content.Agreements, linksAndNames, agreement => NameChecker.Check(agreement, NameChecker.MentionsIn(agreement, names), links)).Flattened(),
            .. memo.ReuseEach(content.Funding, linksAndNames, funding => NameChecker.Check(funding, NameChecker.MentionsIn(funding, names), links)).Flattened(),
            .. memo.ReuseEach(content.Programs, linksAndNames, program => NameChecker.Check(program, NameChecker.MentionsIn(program, names), links)).Flattened(),
            .. memo.ReuseEach(content.Hubs, linksAndNames, hub => NameChecker.Check(hub, NameChecker.MentionsIn(hub, names), links)).Flattened(),
            .. memo.ReuseEach(content.Partners, (links, names, places), partner => NameChecker.Check(partner, NameChecker.MentionsIn(partner, names), NameChecker.ShownIn(partner, places), links)).Flattened(),
        ];
    }

    /// <summary>The validated content as one linked graph, with totals and source highlights.</summary>
    /// <remarks>
    /// What depends on the figures alone (their maps, totals, and the order of the long lists with the agreements) is
    /// kept while the figures and the partners' names are the same, so editing a hub or a partner keeps it; editing a
    /// figure's prose only (<see cref="FundingShape"/>) keeps it too, holding the figure's new version.
    /// </remarks>
    public static SiteModel Model(ContentIndex index, UrlScheme urls, BuildMemo memo, SiteHistory? history = null)
    {
        var content = index.Content;
        var agreements = memo.Reuse(content.Agreements, index.PartnerNames, agreements => SiteModel.AgreementMaps.Of(agreements, index));
        var funding = memo.ReuseOrRebind(content.Funding, index.PartnerNames, figures => SiteModel.FundingMaps.Of(figures, index), FundingShape.IsSame, (maps, now) => maps.Rebind(now));

        // The links between hubs, partners and programs, kept while what they read is equal: a figure's prose edited
        // keeps the figures' links, and the hubs, programs and agreements are compared by the lines the name check reads.
        var links = memo.KeepWhileEqual(
            (agreements.Links, funding.Links, memo.ReuseEach(content.Hubs, NameChecker.Links.LineOf), memo.ReuseEach(content.Programs, NameChecker.Links.LineOf),
                memo.ReuseEach(content.Agreements, NameChecker.Links.LineOf), index.PartnerNames),
            _ => SiteModel.LinkMaps.Of(index, agreements, funding));
        return new(
            index,
            urls,
            agreements,
            funding,
            links,
            () => memo.ReuseOrRebind(content.Funding, index.PartnerNames, figures => SiteModel.TotalsOf(figures, index), FundingShape.IsSame, (totals, now) => totals.Rebind(now)),
            () => new SourceAnnotations(index, (text, facts) => memo.Reuse(text, facts, seed => SourceAnnotations.Annotate(seed, facts))),
            site => memo.ReuseOrRebind(content.Funding, Records(content.Agreements), _ => new ListPlaces(site), FundingShape.IsSame, (places, now) => places.Rebind(now)),
            history);
    }

    /// <summary>
    /// Every file of the site, each produced when asked for. Where each path leads (<see cref="SiteRoutes"/>) is kept
    /// while the paths are equal, as they are after an edit to prose: a large site has tens of thousands of them.
    /// </summary>
    public static SitePlan Plan(SiteModel model, TemplateSet templates, BuildMemo memo) =>
        new(model, new SitePages(model, templates.Strings, KeptRecordPages(model.Index.Content, templates.Strings, memo)), templates, Renderer(templates, model.Urls.BasePath, memo), paths => memo.KeepWhileEqual(paths, SiteRoutes.Of));

    /// <summary>
    /// The records' own pages, each record's kept while it is the same instance and the interface text is the same: a
    /// record's plans hold nothing else (the site is given to them when a page is rendered).
    /// </summary>
    private static RecordPages KeptRecordPages(ContentSet content, Strings strings, BuildMemo memo) => new(
        memo.ReuseEach(content.Hubs, strings, hub => PageBuilder.Plans(hub, strings)),
        memo.ReuseEach(content.Partners, strings, partner => PageBuilder.Plans(partner, strings)),
        memo.ReuseEach(content.Funding, strings, funding => PageBuilder.Plans(funding, strings)),
        memo.ReuseEach(content.Programs, strings, program => PageBuilder.Plans(program, strings)),
        memo.ReuseEach(content.Agreements, strings, agreement => PageBuilder.Plans(agreement, strings)),
        memo.ReuseEach(content.Seeds, strings, seed => PageBuilder.Plans(seed, strings)));

    /// <summary>
    /// Reports outputs that claim one path, and Markdown links that lead to no file of the site. Both depend only on
    /// the routes (and a record's own text), so they are kept with the routes, the links per record.
    /// </summary>
    public static void CheckRoutes(SitePlan plan, ContentSet content, string contentDisplay, BuildMemo memo, DiagnosticBag bag)
    {
        var routes = plan.Routes;
        UrlCollisionChecker.Report(memo.Reuse(routes, UrlCollisionChecker.Find), contentDisplay, bag);
        bag.AddRange(
        [
            .. memo.ReuseEach(content.Hubs, routes, hub => MarkdownLinkChecker.Check(hub, routes.Contains)).Flattened(),
            .. memo.ReuseEach(content.Programs, routes, program => MarkdownLinkChecker.Check(program, routes.Contains)).Flattened(),
            .. memo.ReuseEach(content.Pages, routes, page => MarkdownLinkChecker.Check(page, routes.Contains)).Flattened(),
        ]);
    }

    /// <summary>The array behind an immutable array, which is the same object for as long as the loader gives the same records.</summary>
    private static T[] Records<T>(ImmutableArray<T> records) => ImmutableCollectionsMarshal.AsArray(records)!;

    /// <summary>The page renderer for a set of templates and a base path; its setup is done once per set.</summary>
    public static PageRenderer Renderer(TemplateSet templates, string basePath, BuildMemo memo) =>
        memo.Reuse(templates, basePath, set => new PageRenderer(set, new MarkdownRenderer(basePath)));

    /// <summary>The diagnostics of every record, in order, without boxing each record's array as a sequence (tens of thousands per rebuild).</summary>
    private static ImmutableArray<Diagnostic> Flattened(this ImmutableArray<ImmutableArray<Diagnostic>> perRecord)
    {
        var count = 0;
        foreach (var diagnostics in perRecord)
        {
            count += diagnostics.Length;
        }

        var all = ImmutableArray.CreateBuilder<Diagnostic>(count);
        foreach (var diagnostics in perRecord)
        {
            all.AddRange(diagnostics);
        }

        return all.MoveToImmutable();
    }

    /// <summary>Runs the checkers in parallel; if any fail, the failure of the first in the list is thrown as it was.</summary>
    private static void RunSideBySide(params Action[] checkers)
    {
        var failures = new Exception?[checkers.Length];
        Parallel.For(0, checkers.Length, i =>
        {
            try
            {
                checkers[i]();
            }
            catch (Exception failure)
            {
                failures[i] = failure;
            }
        });

        if (failures.FirstOrDefault(f => f is not null) is { } first)
        {
            ExceptionDispatchInfo.Capture(first).Throw();
        }
    }
}
