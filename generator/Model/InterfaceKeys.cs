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
        .. Vocabulary.HubStatuses.Select(v => "hub_status." + v)
            .Concat(Vocabulary.ProgramScopes.Select(v => "program_scope." + v))
            .Concat(Vocabulary.PartnerTypes.Select(v => "partner_type." + v))
            .Concat(Vocabulary.AgreementKinds.Select(v => "agreement_kind." + v))
            .Concat(Vocabulary.FunderKinds.Select(v => "funder_kind." + v))
            .Concat(Vocabulary.FundingStatuses.Select(v => "funding_status." + v))
            .Concat(Vocabulary.SeedKinds.Select(v => "seed_kind." + v))
            .Concat(["nav.home", "nav.hubs", "nav.partners", "nav.programs", "nav.funding", "nav.timeline", "nav.sources",
                "hubs.lead", "partners.lead", "programs.lead", "funding.lead", "timeline.lead", "sources.lead",
                "funding.shared", "funding.earlier", "funding.period_from", "funding.period_to", "not_found.title"])
            .Concat(["nav.search", "nav.data", "search.title", "search.lead", "data.title", "data.lead", "data.feed_name",
                "data.files.portal", "data.files.schema", "feed.title", "feed.parties"])
            .Concat(SearchIndexBuilder.KindOrder.Select(k => "search.kinds." + SearchIndexBuilder.KindId(k)))
            .Concat(OpenDataBuilder.TableKeys.Select(k => "data.files." + k))
            .Concat(OpenDataBuilder.ColumnKeys.Select(k => "data.columns." + k)),
    ];
}
