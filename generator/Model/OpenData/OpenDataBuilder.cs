using System.Globalization;
using Hubwatch.Content;

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

    private static readonly Column<Funding>[] FundingColumns =
    [
        new("Identifier", "funding_identifier", (x, f) => f.Id),
        new("Title", "title", (x, f) => f.Title.Ko),
        new("Title (English)", "title_en", (x, f) => f.Title.En),
        new("Description", "description", (x, f) => f.Purpose.Ko),
        new("Description (English)", "description_en", (x, f) => f.Purpose.En),
        new("Currency", "currency", (x, _) => "KRW"),
        new("Amount Awarded", "amount_awarded", (x, f) => Number(f.Amount.Value)),
        new("Amount As Written", "amount_as_written", (x, f) => f.AmountAsWritten),
        new("Counted In Totals", "counted_in_totals", (x, f) => Bool(f.PartOf is null)),
        new("Part Of", "part_of", (x, f) => f.PartOf?.Id),
        new("Status", "funding_status", (x, f) => f.Status),
        new("Planned Dates:Start Date", "planned_start", (x, f) => f.Period?.From?.ToString(Invariant)),
        new("Planned Dates:End Date", "planned_end", (x, f) => f.Period?.To?.ToString(Invariant)),
        new("Funder Kind", "funder_kind", (x, f) => f.FunderKind),
        new("Funding Org:Identifier", "funding_org_identifier", (x, f) => f.Funder is { } p ? x.Site.PartnerId(p) : null),
        new("Funding Org:Name", "funding_org_name", (x, f) => f.Funder is { } p ? x.Partner(p).Name.Ko : null),
        new("Funding Org:Name (English)", "funding_org_name_en", (x, f) => f.Funder is { } p ? x.Partner(p).Name.En : null),
        new("Beneficiary Location:Identifier", "location_identifier", (x, f) => List(f.Hubs.Select(h => h.Id))),
        new("Beneficiary Location:Name", "location_name", (x, f) => List(f.Hubs.Select(h => x.Site.Index.Hubs[h.Id].Name.Ko))),
        new("Beneficiary Location:Name (English)", "location_name_en", (x, f) => List(f.Hubs.Select(h => x.Site.Index.Hubs[h.Id].Name.En))),
        new("Grant Programme:Code", "programme_code", (x, f) => f.Program?.Id),
        new("Grant Programme:Title", "programme_title", (x, f) => f.Program is { } p ? x.Site.Index.Programs[p.Id].Name.Ko : null),
        new("Grant Programme:Title (English)", "programme_title_en", (x, f) => f.Program is { } p ? x.Site.Index.Programs[p.Id].Name.En : null),
        new("Breakdown", "breakdown", (x, f) => List(f.Breakdown.Select(b => $"{b.Year?.ToString(Invariant) ?? b.Label!.Ko}={Number(b.Amount.Value)}"))),
        new("Note", "note", (x, f) => f.Note?.Ko),
        new("Note (English)", "note_en", (x, f) => f.Note?.En),
        new("Sources", "sources", (x, f) => Seeds(f.Sources)),
        new("URL", "funding_url", (x, f) => x.Absolute(x.Site.Urls.Page(Routes.Funding, Language.Ko) + "#f-" + f.Id)),
    ];

    private static readonly Column<Hub>[] HubsColumns =
    [
        new("Identifier", "hub_identifier", (x, h) => h.Id),
        new("Name", "name", (x, h) => h.Name.Ko),
        new("Name (English)", "name_en", (x, h) => h.Name.En),
        new("Region", "region", (x, h) => h.Region.Ko),
        new("Region (English)", "region_en", (x, h) => h.Region.En),
        new("Province", "province", (x, h) => h.Province.Ko),
        new("Province (English)", "province_en", (x, h) => h.Province.En),
        new("Latitude", "latitude", (x, h) => h.Coordinates is { } c ? c.Latitude.ToString("R", Invariant) : null),
        new("Longitude", "longitude", (x, h) => h.Coordinates is { } c ? c.Longitude.ToString("R", Invariant) : null),
        new("Designated", "designated", (x, h) => h.Designated?.Iso),
        new("Status", "hub_status", (x, h) => h.Status),
        new("Programmes", "programmes", (x, h) => List(h.Programs.Select(p => p.Id))),
        new("Funding Total", "funding_total", (x, h) => Number(FundingTotals.Of(SiteModel.Of(x.Site.FundingByHub, h.Id)).Total.Value)),
        new("Funding Figures", "funding_figures", (x, h) => List(SiteModel.Of(x.Site.FundingByHub, h.Id).Select(f => f.Id))),
        new("Agreements", "agreements", (x, h) => List(SiteModel.Of(x.Site.AgreementsByHub, h.Id).Select(a => a.Id))),
        new("Partners", "partners", (x, h) => List(SiteModel.Of(x.Site.PartnersOfHub, h.Id))),
        new("Sources", "sources", (x, h) => Seeds(h.Sources)),
        new("URL", "page_url", (x, h) => x.Absolute(x.Site.Urls.Page(Routes.Hub(h.Id), Language.Ko))),
    ];

    private static readonly Column<Partner>[] PartnersColumns =
    [
        new("Identifier", "partner_identifier", (x, p) => p.Id),
        new("Name", "name", (x, p) => p.Name.Ko),
        new("Name (English)", "name_en", (x, p) => p.Name.En),
        new("Type", "partner_type", (x, p) => p.Type),
        new("Aliases", "aliases", (x, p) => List(p.Aliases)),
        new("Summary", "summary", (x, p) => p.Summary?.Ko),
        new("Summary (English)", "summary_en", (x, p) => p.Summary?.En),
        new("Hubs", "hubs", (x, p) => List(SiteModel.Of(x.Site.HubsOfPartner, p.Id))),
        new("Agreements", "agreements", (x, p) => List(SiteModel.Of(x.Site.AgreementsByPartner, p.Id).Select(a => a.Id))),
        new("Funding Figures", "funded_figures", (x, p) => List(SiteModel.Of(x.Site.FundingByFunder, p.Id).Select(f => f.Id))),
        new("Sources", "sources", (x, p) => Seeds(p.Sources)),
        new("URL", "page_url", (x, p) => x.Absolute(x.Site.Urls.Page(Routes.Partner(p.Id), Language.Ko))),
    ];

    private static readonly Column<Agreement>[] AgreementsColumns =
    [
        new("Identifier", "agreement_identifier", (x, a) => a.Id),
        new("Date", "date", (x, a) => a.Date.Iso),
        new("Date Note", "date_note", (x, a) => a.DateNote?.Ko),
        new("Kind", "agreement_kind", (x, a) => a.Kind),
        new("Title", "title", (x, a) => a.Title.Ko),
        new("Title (English)", "title_en", (x, a) => a.Title.En),
        new("Hub", "hub", (x, a) => a.Hub.Id),
        new("Programme", "programme", (x, a) => a.Program?.Id),
        new("Parties", "parties", (x, a) => List(a.Parties.Select(p => x.Site.PartnerId(p.Partner)))),
        new("Party Names", "party_names", (x, a) => List(a.Parties.Select(p => x.Partner(p.Partner).Name.Ko))),
        new("Summary", "summary", (x, a) => a.Summary.Ko),
        new("Summary (English)", "summary_en", (x, a) => a.Summary.En),
        new("Sources", "sources", (x, a) => Seeds(a.Sources)),
        new("URL", "agreement_url", (x, a) => x.Absolute(x.Site.Urls.Page(Routes.Timeline, Language.Ko) + "#a-" + a.Id)),
    ];

    private SiteModel Site => site;

    private ContentSet Content => site.Index.Content;

    /// <summary>Interface-text keys of the tables, in the order they are listed (<c>data.files.&lt;key&gt;</c>).</summary>
    public static IReadOnlyList<string> TableKeys { get; } = ["funding", "hubs", "partners", "agreements"];

    /// <summary>Interface-text keys of every column of every table (<c>data.columns.&lt;key&gt;</c>).</summary>
    public static IReadOnlyList<string> ColumnKeys { get; } =
        [.. FundingColumns.Select(c => c.Key).Concat(HubsColumns.Select(c => c.Key)).Concat(PartnersColumns.Select(c => c.Key)).Concat(AgreementsColumns.Select(c => c.Key)).Distinct(StringComparer.Ordinal)];

    public IReadOnlyList<ExportTable> Tables() => [Funding(), Hubs(), Partners(), Agreements()];

    private ExportTable Funding() => Table("funding.csv", "funding", Content.Funding.OrderBy(f => f.Id, StringComparer.Ordinal), FundingColumns);

    private ExportTable Hubs() => Table("hubs.csv", "hubs", Content.Hubs.OrderBy(h => h.Id, StringComparer.Ordinal), HubsColumns);

    private ExportTable Partners() => Table("partners.csv", "partners", Content.Partners.OrderBy(p => p.Id, StringComparer.Ordinal), PartnersColumns);

    private ExportTable Agreements() => Table("agreements.csv", "agreements", Content.Agreements.OrderBy(a => a.Date).ThenBy(a => a.Id, StringComparer.Ordinal), AgreementsColumns);

    private Partner Partner(EntityRef reference) => site.Index.Partners[site.PartnerId(reference)];

    private string Absolute(string path) => site.Absolute(path);

    private static string Number(long value) => value.ToString(Invariant);

    private static string Bool(bool value) => value ? "true" : "false";

    private static string List(IEnumerable<string> items) => string.Join(ListSeparator, items);

    private static string Seeds(IEnumerable<Citation> sources) => List(sources.Select(s => s.Seed).Distinct(StringComparer.Ordinal));

    private ExportTable Table<T>(string file, string key, IEnumerable<T> rows, IReadOnlyList<Column<T>> columns) =>
        new(
            file,
            key,
            [.. columns.Select(c => new ExportColumn(c.Header, c.Key))],
            [.. rows.Select(row => (IReadOnlyList<string>)[.. columns.Select(c => c.Value(this, row) ?? "")])]);

    /// <summary>A column: its header, its interface-text key and how a row gives its value.</summary>
    private sealed record Column<T>(string Header, string Key, Func<OpenDataBuilder, T, string?> Value);
}
