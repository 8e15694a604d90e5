using System.Collections.Immutable;
using System.Globalization;
using Hubwatch.Content;
using Hubwatch.History;

namespace Hubwatch.Model.OpenData;

/// <summary>
/// The tables of the open data, built from the same site model and totals as the pages, so a download can
/// never disagree with what the site shows. Values are text in invariant form: whole won, ISO dates, lists
/// joined with <see cref="ListSeparator"/>. Funding uses the field names of the 360Giving standard where one fits.
/// </summary>
public sealed class OpenDataBuilder(SiteModel site)
{
    /// <summary>Joins the items of a list in one cell.</summary>
    public const string ListSeparator = "; ";

    /// <summary>The folder the data files are written to, once for both languages.</summary>
    public const string Folder = "data/";

    private static readonly CultureInfo Invariant = CultureInfo.InvariantCulture;

    private static readonly ImmutableArray<Column<Funding>> FundingColumns =
    [
        new("Identifier", "funding_identifier", (model, f) => f.Id),
        new("Title", "title", (model, f) => f.Title.Ko),
        new("Title (English)", "title_en", (model, f) => f.Title.En),
        new("Description", "description", (model, f) => f.Purpose.Ko),
        new("Description (English)", "description_en", (model, f) => f.Purpose.En),
        new("Currency", "currency", (model, _) => "KRW"),
        new("Amount Awarded", "amount_awarded", (model, f) => Number(f.Amount.Value)),
        new("Amount As Written", "amount_as_written", (model, f) => f.AmountAsWritten),
        new("Amount Counted", "amount_counted", (model, f) => Number(model.Counted(f))),
        new("Counted In Totals", "counted_in_totals", (model, f) => Bool(f.PartOf is null)),
        new("Part Of", "part_of", (model, f) => f.PartOf?.Id),
        new("Status", "funding_status", (model, f) => f.Status.Code()),
        new("Planned Dates:Start Date", "planned_start", (model, f) => f.Period?.From?.ToString(Invariant)),
        new("Planned Dates:End Date", "planned_end", (model, f) => f.Period?.To?.ToString(Invariant)),
        new("Funder Kind", "funder_kind", (model, f) => f.FunderKind.Code()),
        new("Funding Org:Identifier", "funding_org_identifier", (model, f) => f.Funder is { } p ? model.Site.PartnerId(p) : null),
        new("Funding Org:Name", "funding_org_name", (model, f) => f.Funder is { } p ? model.Partner(p).Name.Ko : null),
        new("Funding Org:Name (English)", "funding_org_name_en", (model, f) => f.Funder is { } p ? model.Partner(p).Name.En : null),
        new("Co-Funders", "co_funders", (model, f) => List(f.CoFunders.Select(model.Site.PartnerId))),
        new("Unnamed Co-Funders", "unnamed_funders", (model, f) => Bool(f.HasUnnamedFunders)),
        new("May Be Per Site", "may_be_per_site", (model, f) => Bool(f.MayBePerSite)),
        new("Beneficiary Location:Identifier", "location_identifier", (model, f) => List(f.Hubs.Select(h => h.Id))),
        new("Beneficiary Location:Name", "location_name", (model, f) => List(f.Hubs.Select(h => model.Site.Index.Hubs[h.Id].Name.Ko))),
        new("Beneficiary Location:Name (English)", "location_name_en", (model, f) => List(f.Hubs.Select(h => model.Site.Index.Hubs[h.Id].Name.En))),
        new("Shared With", "shared_with", (model, f) => List(f.SharedWith.Select(model.Site.PartnerId))),
        new("Grant Programme:Code", "programme_code", (model, f) => f.Program?.Id),
        new("Grant Programme:Title", "programme_title", (model, f) => f.Program is { } p ? model.Site.Index.Programs[p.Id].Name.Ko : null),
        new("Grant Programme:Title (English)", "programme_title_en", (model, f) => f.Program is { } p ? model.Site.Index.Programs[p.Id].Name.En : null),
        new("Breakdown", "breakdown", (model, f) => List(f.Breakdown.Select(b => $"{b.Year?.ToString(Invariant) ?? b.Label!.Ko}={Number(b.Amount.Value)}"))),
        new("Note", "note", (model, f) => f.Note?.Ko),
        new("Note (English)", "note_en", (model, f) => f.Note?.En),
        new("Read By Editors", "read_by_editors", (model, f) => List(f.Inferences.SelectMany(i => i.Reads).Distinct().Order().Select(r => r.Code()))),
        new("Editors' Reading", "editors_reading", (model, f) => Readings(f.Inferences, t => t.Ko)),
        new("Editors' Reading (English)", "editors_reading_en", (model, f) => Readings(f.Inferences, t => t.En)),
        new("Sources", "sources", (model, f) => Seeds(f.Sources)),
        new("URL", "funding_url", (model, f) => model.Absolute(model.Site.Urls.Page(Routes.FundingFigure(f.Id), Language.Ko))),
        new("Last Modified", "last_modified", (model, f) => model.LastModified("funding", f.Id)),
    ];

    private static readonly ImmutableArray<Column<Hub>> HubsColumns =
    [
        new("Identifier", "hub_identifier", (model, h) => h.Id),
        new("Name", "name", (model, h) => h.Name.Ko),
        new("Name (English)", "name_en", (model, h) => h.Name.En),
        new("Region", "region", (model, h) => h.Region.Ko),
        new("Region (English)", "region_en", (model, h) => h.Region.En),
        new("Province", "province", (model, h) => h.Province.Ko),
        new("Province (English)", "province_en", (model, h) => h.Province.En),
        new("Latitude", "latitude", (model, h) => h.Coordinates is { } c ? c.Latitude.ToString("R", Invariant) : null),
        new("Longitude", "longitude", (model, h) => h.Coordinates is { } c ? c.Longitude.ToString("R", Invariant) : null),
        new("Designated", "designated", (model, h) => h.Designated?.Iso),
        new("Status", "hub_status", (model, h) => h.Status.Code()),
        new("Programmes", "programmes", (model, h) => List(h.Programs.Select(p => p.Id))),
        new("Funding Total", "funding_total", (model, h) => Number(model.HubTotals(h).Total.Value)),
        new("Funding Own", "funding_own", (model, h) => Number(FundingTotals.Of(SiteModel.Of(model.Site.FundingByHub, h.Id).Where(f => !HubGroup.Of(f).IsShared)).Total.Value)),
        new("Funding Shared", "funding_shared", (model, h) => Number(FundingTotals.Of(SiteModel.Of(model.Site.FundingByHub, h.Id).Where(f => HubGroup.Of(f).IsShared)).Total.Value)),
        new("Funding Announced", "funding_announced", (model, h) => Number(model.HubTotals(h).Status(FundingStatus.Announced).Value)),
        new("Funding Planned", "funding_planned", (model, h) => Number(model.HubTotals(h).Status(FundingStatus.Planned).Value)),
        new("Funding Committed", "funding_committed", (model, h) => Number(model.HubTotals(h).Status(FundingStatus.Committed).Value)),
        new("Funding Executed", "funding_executed", (model, h) => Number(model.HubTotals(h).Status(FundingStatus.Executed).Value)),
        new("Funding Stage Not Stated", "funding_unstated", (model, h) => Number(model.HubTotals(h).Status(FundingStatus.Unstated).Value)),
        new("Funding Public", "funding_public", (model, h) => Number(model.HubTotals(h).Sector(FunderSector.Public).Value)),
        new("Funding Private Or Foreign", "funding_private", (model, h) => Number(model.HubTotals(h).Sector(FunderSector.Private).Value)),
        new("Funding No Stated Funder", "funding_no_funder", (model, h) => Number(model.HubTotals(h).Sector(FunderSector.Unspecified).Value)),
        new("Funding Figures", "funding_figures", (model, h) => List(SiteModel.Of(model.Site.FundingByHub, h.Id).Select(f => f.Id))),
        new("Agreements", "agreements", (model, h) => List(SiteModel.Of(model.Site.AgreementsByHub, h.Id).Select(a => a.Id))),
        new("Partners", "partners", (model, h) => List(SiteModel.Of(model.Site.PartnersOfHub, h.Id))),
        new("Sources", "sources", (model, h) => Seeds(h.Sources)),
        new("URL", "page_url", (model, h) => model.Absolute(model.Site.Urls.Page(Routes.Hub(h.Id), Language.Ko))),
        new("Last Modified", "last_modified", (model, h) => model.LastModified("hubs", h.Id)),
    ];

    private static readonly ImmutableArray<Column<Partner>> PartnersColumns =
    [
        new("Identifier", "partner_identifier", (model, p) => p.Id),
        new("Name", "name", (model, p) => p.Name.Ko),
        new("Name (English)", "name_en", (model, p) => p.Name.En),
        new("Type", "partner_type", (model, p) => p.Type.Code()),
        new("Aliases", "aliases", (model, p) => List(p.Aliases)),
        new("Summary", "summary", (model, p) => p.Summary?.Ko),
        new("Summary (English)", "summary_en", (model, p) => p.Summary?.En),
        new("Hubs", "hubs", (model, p) => List(SiteModel.Of(model.Site.HubsOfPartner, p.Id))),
        new("Agreements", "agreements", (model, p) => List(SiteModel.Of(model.Site.AgreementsByPartner, p.Id).Select(a => a.Id))),
        new("Funding Figures", "funded_figures", (model, p) => List(SiteModel.Of(model.Site.FundingByFunder, p.Id).Select(f => f.Id))),
        // Money an organisation gives alone apart from money it gives with others in shares no source states: a sum of
        // both would read as its own.
        new("Funding Provided", "funding_provided", (model, p) => Number(FundingTotals.Of(SiteModel.Of(model.Site.FundingByFunder, p.Id).Where(f => !f.IsSharedByFunders)).Total.Value)),
        new("Funding Shared With Other Funders", "funding_with_others", (model, p) => Number(FundingTotals.Of(SiteModel.Of(model.Site.FundingByFunder, p.Id).Where(f => f.IsSharedByFunders)).Total.Value)),
        new("Sources", "sources", (model, p) => Seeds(p.Sources)),
        new("URL", "page_url", (model, p) => model.Absolute(model.Site.Urls.Page(Routes.Partner(p.Id), Language.Ko))),
        new("Last Modified", "last_modified", (model, p) => model.LastModified("partners", p.Id)),
    ];

    private static readonly ImmutableArray<Column<Agreement>> AgreementsColumns =
    [
        new("Identifier", "agreement_identifier", (model, a) => a.Id),
        new("Date", "date", (model, a) => a.Date.Iso),
        new("Date Note", "date_note", (model, a) => a.DateNote?.Ko),
        new("Kind", "agreement_kind", (model, a) => a.Kind.Code()),
        new("Title", "title", (model, a) => a.Title.Ko),
        new("Title (English)", "title_en", (model, a) => a.Title.En),
        new("Hub", "hub", (model, a) => a.Hub.Id),
        new("Programme", "programme", (model, a) => a.Program?.Id),
        new("Parties", "parties", (model, a) => List(a.PartiesAs(PartyRole.Party).Select(p => model.Site.PartnerId(p.Partner)))),
        new("Party Names", "party_names", (model, a) => List(a.PartiesAs(PartyRole.Party).Select(p => model.Partner(p.Partner).Name.Ko))),
        new("Guests", "guests", (model, a) => List(a.PartiesAs(PartyRole.Guest).Select(p => model.Site.PartnerId(p.Partner)))),
        new("Guest Names", "guest_names", (model, a) => List(a.PartiesAs(PartyRole.Guest).Select(p => model.Partner(p.Partner).Name.Ko))),
        new("Summary", "summary", (model, a) => a.Summary.Ko),
        new("Summary (English)", "summary_en", (model, a) => a.Summary.En),
        new("Editors' Reading", "editors_reading", (model, a) => Readings(a.Inferences, t => t.Ko)),
        new("Editors' Reading (English)", "editors_reading_en", (model, a) => Readings(a.Inferences, t => t.En)),
        new("Sources", "sources", (model, a) => Seeds(a.Sources)),
        new("URL", "agreement_url", (model, a) => model.Absolute(model.Site.Urls.Page(Routes.Agreement(a.Id), Language.Ko))),
        new("Last Modified", "last_modified", (model, a) => model.LastModified("agreements", a.Id)),
    ];

    private SiteModel Site => site;

    /// <summary>
    /// What a figure adds to the totals under its own stage and funder kind: its amount less its parts', which count
    /// under theirs (as <see cref="FundingTotals"/> splits them). Over all figures these add up to the site's total.
    /// </summary>
    private long Counted(Funding figure) =>
        figure.Amount.Value - SiteModel.Of(site.PartsOf, figure.Id.Value).Where(p => p.Id != figure.Id).Sum(p => p.Amount.Value);

    private ContentSet Content => site.Index.Content;

    /// <summary>Interface-text keys of the tables, in the order they are listed (<c>data.files.&lt;key&gt;</c>).</summary>
    public static IReadOnlyList<string> TableKeys { get; } = ["funding", "hubs", "partners", "agreements"];

    /// <summary>Interface-text keys of every column of every table (<c>data.columns.&lt;key&gt;</c>).</summary>
    public static IReadOnlyList<string> ColumnKeys { get; } =
        [.. FundingColumns.Select(c => c.Key).Concat(HubsColumns.Select(c => c.Key)).Concat(PartnersColumns.Select(c => c.Key)).Concat(AgreementsColumns.Select(c => c.Key)).Distinct(StringComparer.Ordinal)];

    /// <summary>The file a table is written to, in <see cref="Folder"/>.</summary>
    public static string FileOf(string key) => key + ".csv";

    public IReadOnlyList<ExportTable> Tables() => [Funding(), Hubs(), Partners(), Agreements()];

    /// <summary>The rows of a facet, with the same columns as the whole funding table and in the same (id) order.</summary>
    public ExportTable Facet(FundingFacet facet)
    {
        var table = Table("funding", facet.Figures.OrderBy(f => f.Id, StringComparer.Ordinal), FundingColumns);
        return table with { File = facet.CsvPath };
    }

    private ExportTable Funding() => Table("funding", Content.Funding.OrderBy(f => f.Id, StringComparer.Ordinal), FundingColumns);

    private ExportTable Hubs() => Table("hubs", Content.Hubs.OrderBy(h => h.Id, StringComparer.Ordinal), HubsColumns);

    private ExportTable Partners() => Table("partners", Content.Partners.OrderBy(p => p.Id, StringComparer.Ordinal), PartnersColumns);

    private ExportTable Agreements() => Table("agreements", Content.Agreements.OrderBy(a => a.Date).ThenBy(a => a.Id, StringComparer.Ordinal), AgreementsColumns);

    private Partner Partner(EntityRef<Partner> reference) => site.Index.Partners[site.PartnerId(reference)];

    private FundingTotals HubTotals(Hub hub) => FundingTotals.Of(SiteModel.Of(site.FundingByHub, hub.Id));

    private string Absolute(string path) => site.Absolute(path);

    /// <summary>When the record last changed in git (360Giving's Last Modified), or null when it has no history.</summary>
    private string? LastModified(string folder, string id) =>
        site.History.For(HistoryKeys.Record(folder, id)) is { } history ? HistoryDates.Timestamp(history.LastChanged) : null;

    private static string Number(long value) => value.ToString(Invariant);

    private static string Bool(bool value) => value ? "true" : "false";

    private static string List(IEnumerable<string> items) => string.Join(ListSeparator, items);

    private static string List<T>(IEnumerable<Id<T>> ids)
        where T : class => List(ids.Select(id => id.Value));

    /// <summary>What the editors read into the sources rather than found stated, one reading after another.</summary>
    private static string? Readings(ImmutableArray<Inference> inferences, Func<LocalizedText, string> language) =>
        inferences.IsEmpty ? null : string.Join(" | ", inferences.Select(i => language(i.Text)));

    private static string Seeds(IEnumerable<Citation> sources) => List(sources.Select(s => s.Seed).Distinct());

    private ExportTable Table<T>(string key, IEnumerable<T> records, IReadOnlyList<Column<T>> columns)
    {
        var ordered = records.ToArray();
        return new(
            FileOf(key),
            key,
            [.. columns.Select(c => new ExportColumn(c.Header, c.Key))],
            ordered.Length,
            ordered.Select(row => (IReadOnlyList<string>)[.. columns.Select(c => c.Value(this, row) ?? "")]));
    }

    /// <summary>A column: its header, its interface-text key and how a row gives its value (with the builder, for the site model).</summary>
    private sealed record Column<T>(string Header, string Key, Func<OpenDataBuilder, T, string?> Value);
}
