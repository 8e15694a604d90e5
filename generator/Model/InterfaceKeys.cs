using System.Collections.Immutable;
using Hubwatch.Content;
using Hubwatch.Model.OpenData;
using Hubwatch.Model.Search;

namespace Hubwatch.Model;

/// <summary>The interface text keys the page builders ask for; the template loader checks that both languages have each.</summary>
public static class InterfaceKeys
{
    /// <summary>Interface text the generator itself asks for (labels of enumerated values); templates ask for the rest.</summary>
    public static readonly ImmutableArray<string> Required =
    [
        .. Vocabulary.CodesOf<HubStatus>().Select(v => "hub_status." + v)
            .Concat(Vocabulary.CodesOf<ProgramScope>().Select(v => "program_scope." + v))
            .Concat(Vocabulary.CodesOf<PartnerType>().Select(v => "partner_type." + v))
            .Concat(Vocabulary.CodesOf<AgreementKind>().Select(v => "agreement_kind." + v))
            .Concat(Vocabulary.CodesOf<FunderKind>().Select(v => "funder_kind." + v))
            .Concat(Vocabulary.CodesOf<FundingStatus>().Select(v => "funding_status." + v))
            .Concat(Vocabulary.CodesOf<SeedKind>().Select(v => "seed_kind." + v))
            .Concat(Vocabulary.CodesOf<FundingReading>().Select(v => "funding.reading." + v).Append("funding.readings").Append("funding.readings_one"))
            .Concat(["nav.home", "nav.hubs", "nav.partners", "nav.programs", "nav.funding", "nav.timeline", "nav.sources",
                "hubs.lead", "partners.lead", "partners.more_hubs", "programs.lead", "funding.lead", "timeline.lead", "sources.lead",
                "funding.shared", "funding.other_hub_lines", "funding.stages_added", "funding.stage_unstated", "funding.stages_unstated_only", "funding.shared_more", "sources.date_by_editors", "funding.earlier", "funding.period_from", "funding.period_to", "not_found.title"])
            .Concat(["nav.search", "nav.data", "nav.licence", "search.title", "search.lead", "data.title", "data.lead", "data.feed_name",
                "data.files.portal", "data.files.schema", "feed.title", "feed.parties", "feed.guests", "structured_data.stage"])
            .Concat(["nav.changes", "changes.title", "changes.title_page", "changes.lead", "changes.newer", "changes.older", "changes.incomplete",
                "history.commit", "history.created", "history.deleted", "history.changed", "history.added", "history.removed", "history.written",
                "history.cleared", "history.edited", "history.edited_of", "history.nothing", "history.sources_added", "history.sources_added_many",
                "history.sources_removed", "history.sources_removed_many"])
            .Concat(["diff.title", "diff.base", "diff.working_tree", "diff.records", "diff.no_records", "diff.totals", "diff.no_totals",
                "diff.total", "diff.before", "diff.after", "diff.difference", "diff.all", "diff.hub", "diff.funder_kind", "diff.status"])
            .Concat(Hubwatch.Loading.RecordTextReader.Folders.Select(f => "diff.kinds." + f))
            .Concat(SearchIndexBuilder.KindOrder.Select(k => "search.kinds." + SearchIndexBuilder.KindId(k)))
            .Concat(OpenDataBuilder.TableKeys.Select(k => "data.files." + k))
            .Concat(OpenDataBuilder.ColumnKeys.Select(k => "data.columns." + k)),
    ];
}
