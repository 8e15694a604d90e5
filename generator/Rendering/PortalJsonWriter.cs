using System.Collections.Immutable;
using System.Text.Json;
using System.Text.Json.Nodes;
using Hubwatch.Content;
using Hubwatch.History;
using Hubwatch.Model;

namespace Hubwatch.Rendering;

/// <summary>
/// Writes <c>data/portal.json</c>: every record of the portal with its citations, the computed totals and the
/// addresses of its pages, in the shape <c>data/portal.schema.json</c> describes. Amounts are whole won.
/// </summary>
public sealed class PortalJsonWriter(SiteModel site)
{
    /// <summary>The schema ships inside the generator, beside this writer, so the two change together.</summary>
    public const string SchemaResource = "Hubwatch.Rendering.portal.schema.json";

    /// <summary>How much of the document the writer holds before it passes it on to the stream.</summary>
    private const int FlushAt = 1 << 16;

    private ContentSet Content => site.Index.Content;

    /// <summary>
    /// Writes the document record by record: each record's object is built, written and dropped, so at tens of
    /// thousands of records only the bytes are held, never a tree of the whole.
    /// </summary>
    public void Write(Stream stream)
    {
        using (var writer = new Utf8JsonWriter(stream, new JsonWriterOptions { Encoder = JsonOutput.Encoder }))
        {
            writer.WriteStartObject();
            writer.WritePropertyName("site");
            new JsonObject
            {
                ["title"] = Text(Content.Site.Title),
                ["url"] = Urls(Routes.Home),
                ["licence"] = Text(Content.Site.Licence),
            }.WriteTo(writer);
            writer.WritePropertyName("totals");
            Totals(site.Totals).WriteTo(writer);
            Records(writer, "hubs", Content.Hubs, Hub);
            Records(writer, "programs", Content.Programs, Program);
            Records(writer, "partners", Content.Partners, Partner);
            Records(writer, "agreements", Content.Agreements.OrderBy(a => a.Date).ThenBy(a => a.Id, StringComparer.Ordinal), Agreement);
            Records(writer, "funding", Content.Funding.OrderBy(f => f.Id, StringComparer.Ordinal), Funding);
            Records(writer, "sources", Content.Seeds, Source);
            writer.WriteEndObject();
        }
    }

    private static void Records<T>(Utf8JsonWriter writer, string name, IEnumerable<T> records, Func<T, JsonObject> write)
    {
        writer.WriteStartArray(name);
        foreach (var record in records)
        {
            write(record).WriteTo(writer);
            // The writer holds what it writes until flushed: without this the whole document would wait in its buffer.
            if (writer.BytesPending > FlushAt)
            {
                writer.Flush();
            }
        }

        writer.WriteEndArray();
    }

    public static byte[] Schema()
    {
        using var stream = typeof(PortalJsonWriter).Assembly.GetManifestResourceStream(SchemaResource)
            ?? throw new InvalidOperationException($"resource {SchemaResource} is missing from the generator");
        using var copy = new MemoryStream();
        stream.CopyTo(copy);
        return copy.ToArray();
    }

    private static JsonObject Totals(FundingTotals totals) => new()
    {
        ["currency"] = "KRW",
        ["total"] = totals.Total.Value,
        ["counted_figures"] = totals.CountedFigures,
        ["by_status"] = Array(totals.ByStatus, l => new JsonObject { ["status"] = l.Key, ["amount"] = l.Amount.Value, ["figures"] = l.Count }),
        ["by_sector"] = Array(totals.BySector, l => new JsonObject { ["sector"] = l.Key, ["amount"] = l.Amount.Value, ["figures"] = l.Count }),
        ["by_hub"] = Array(totals.ByHub, l => new JsonObject { ["hubs"] = Strings(l.Group.Hubs), ["shared_with"] = Strings(l.Group.SharedWith), ["amount"] = l.Amount.Value, ["figures"] = l.Count }),
        ["by_funder_kind"] = Array(totals.ByFunderKind, l => new JsonObject { ["funder_kind"] = l.Key, ["amount"] = l.Amount.Value, ["figures"] = l.Count }),
        ["by_funder"] = Array(totals.ByFunder, l => new JsonObject { ["funder"] = l.Key, ["amount"] = l.Amount.Value, ["figures"] = l.Count }),
        ["by_year"] = Array(totals.ByYear, l => new JsonObject { ["year"] = l.Key, ["amount"] = l.Amount.Value, ["figures"] = l.Count }),
        ["not_by_year"] = totals.NotByYear.Value,
        ["shared"] = Strings(totals.Shared.Select(f => f.Id)),
    };

    private JsonObject Hub(Hub hub) => new()
    {
        ["id"] = hub.Id.Value,
        ["name"] = Text(hub.Name),
        ["region"] = Text(hub.Region),
        ["province"] = Text(hub.Province),
        ["coordinates"] = hub.Coordinates is { } c ? new JsonObject { ["lat"] = c.Latitude, ["lon"] = c.Longitude } : null,
        ["designated"] = hub.Designated?.Iso,
        ["area"] = Text(hub.Area),
        ["status"] = hub.Status.Code(),
        ["programs"] = Strings(hub.Programs.Select(p => p.Id)),
        ["summary"] = Text(hub.Summary),
        ["key_figures"] = Array(hub.KeyFigures, k => new JsonObject
        {
            ["label"] = Text(k.Label),
            ["value"] = Text(k.Value),
            ["editorial"] = k.IsEditorial,
            ["sources"] = Citations(k.Sources),
        }),
        ["body"] = Text(hub.Body),
        ["note"] = Text(hub.Note),
        ["funding_total"] = FundingTotals.Of(SiteModel.Of(site.FundingByHub, hub.Id)).Total.Value,
        ["funding_totals"] = Totals(FundingTotals.Of(SiteModel.Of(site.FundingByHub, hub.Id), site.PartnerId)),
        ["last_modified"] = LastModified(HistoryKeys.Record("hubs", hub.Id)),
        ["url"] = Urls(Routes.Hub(hub.Id)),
        ["sources"] = Citations(hub.Sources),
        ["editors_readings"] = Readings(hub.Inferences),
    };

    private JsonObject Program(HubProgram program) => new()
    {
        ["id"] = program.Id.Value,
        ["name"] = Text(program.Name),
        ["scope"] = program.Scope.Code(),
        ["owner"] = program.Owner is { } owner ? site.PartnerId(owner).Value : null,
        ["summary"] = Text(program.Summary),
        ["body"] = Text(program.Body),
        ["editorial"] = program.IsEditorial,
        ["last_modified"] = LastModified(HistoryKeys.Record("programs", program.Id)),
        ["url"] = Urls(Routes.Program(program.Id)),
        ["sources"] = Citations(program.Sources),
        ["editors_readings"] = Readings(program.Inferences),
    };

    private JsonObject Partner(Partner partner) => new()
    {
        ["id"] = partner.Id.Value,
        ["name"] = Text(partner.Name),
        ["type"] = partner.Type.Code(),
        ["aliases"] = Strings(partner.Aliases),
        ["summary"] = Text(partner.Summary),
        ["editorial"] = partner.IsEditorial,
        ["last_modified"] = LastModified(HistoryKeys.Record("partners", partner.Id)),
        ["url"] = Urls(Routes.Partner(partner.Id)),
        ["sources"] = Citations(partner.Sources),
        ["editors_readings"] = Readings(partner.Inferences),
    };

    private JsonObject Agreement(Agreement agreement) => new()
    {
        ["id"] = agreement.Id.Value,
        ["title"] = Text(agreement.Title),
        ["kind"] = agreement.Kind.Code(),
        ["date"] = agreement.Date.Iso,
        ["date_note"] = Text(agreement.DateNote),
        ["hub"] = agreement.Hub.Id.Value,
        ["program"] = agreement.Program?.Id.Value,
        ["parties"] = Array(agreement.Parties, p => new JsonObject
        {
            ["partner"] = site.PartnerId(p.Partner).Value,
            ["role"] = p.Role.Code(),
            ["undertakes"] = Text(p.Undertakes),
            ["editorial"] = p.IsEditorial,
            ["sources"] = Citations(p.Sources),
        }),
        ["summary"] = Text(agreement.Summary),
        ["note"] = Text(agreement.Note),
        ["last_modified"] = LastModified(HistoryKeys.Record("agreements", agreement.Id)),
        ["url"] = Urls(Routes.Agreement(agreement.Id)),
        ["sources"] = Citations(agreement.Sources),
        ["editors_readings"] = Readings(agreement.Inferences),
    };

    private JsonObject Funding(Funding funding) => new()
    {
        ["id"] = funding.Id.Value,
        ["title"] = Text(funding.Title),
        ["amount"] = funding.Amount.Value,
        ["currency"] = "KRW",
        ["amount_as_written"] = funding.AmountAsWritten,
        ["funder_kind"] = funding.FunderKind.Code(),
        ["funder"] = funding.Funder is { } funder ? site.PartnerId(funder).Value : null,
        ["co_funders"] = Strings(funding.CoFunders.Select(site.PartnerId)),
        ["unnamed_funders"] = funding.HasUnnamedFunders,
        ["may_be_per_site"] = funding.MayBePerSite,
        ["hubs"] = Strings(funding.Hubs.Select(h => h.Id)),
        ["shared_with"] = Strings(funding.SharedWith.Select(site.PartnerId)),
        ["program"] = funding.Program?.Id.Value,
        ["period"] = funding.Period is { } period ? new JsonObject { ["from"] = period.From, ["to"] = period.To } : null,
        ["purpose"] = Text(funding.Purpose),
        ["status"] = funding.Status.Code(),
        ["part_of"] = funding.PartOf?.Id.Value,
        ["counted_in_totals"] = funding.PartOf is null,
        ["breakdown"] = Array(funding.Breakdown, b => new JsonObject
        {
            ["year"] = b.Year,
            ["label"] = Text(b.Label),
            ["amount"] = b.Amount.Value,
            ["amount_as_written"] = b.AmountAsWritten,
            ["read_by_editors"] = b.IsRead,
        }),
        ["note"] = Text(funding.Note),
        ["last_modified"] = LastModified(HistoryKeys.Record("funding", funding.Id)),
        ["url"] = Urls(Routes.FundingFigure(funding.Id)),
        ["sources"] = Citations(funding.Sources),
        ["editors_readings"] = Readings(funding.Inferences),
    };

    private JsonObject Source(Seed seed) => new()
    {
        ["id"] = seed.Id.Value,
        ["title"] = Text(seed.Title),
        ["publisher"] = Text(seed.Publisher),
        ["published"] = seed.Published?.Iso,
        ["date_note"] = Text(seed.DateNote),
        ["kind"] = seed.Kind.Code(),
        ["original_url"] = seed.Url,
        ["last_modified"] = LastModified(HistoryKeys.Seed(seed.Id)),
        ["url"] = Urls(Routes.Source(seed.Id)),
        ["text"] = seed.Text,
        ["translations"] = Array(seed.Translations, t => new JsonObject { ["ko"] = t.Korean, ["en"] = t.English }),
    };

    /// <summary>When the record last changed in git (360Giving's Last Modified), or null when it has no history.</summary>
    private string? LastModified(string key) => site.History.For(key) is { } history ? HistoryDates.Timestamp(history.LastChanged) : null;

    private JsonObject Urls(string route) => new()
    {
        ["ko"] = site.Absolute(site.Urls.Page(route, Language.Ko)),
        ["en"] = site.Absolute(site.Urls.Page(route, Language.En)),
    };

    private static JsonObject? Text(LocalizedText? text) => text is null ? null : new JsonObject { ["ko"] = text.Ko, ["en"] = text.En };

    /// <summary>
    /// What the editors read into the sources rather than found stated: the reading, why, the passages it reads from, and
    /// for a funding figure which of its hub, funder kind, funder or stage the reading decides.
    /// </summary>
    private static JsonArray Readings(ImmutableArray<Inference> inferences) =>
        Array(inferences, i => new JsonObject
        {
            ["reads"] = Strings(i.Reads.Select(r => r.Code())),
            ["text"] = Text(i.Text),
            ["reasoning"] = Text(i.Reasoning),
            ["sources"] = Citations(i.Sources),
        });

    private static JsonArray Citations(IEnumerable<Citation> citations) =>
        Array(citations, c => new JsonObject { ["seed"] = c.Seed.Value, ["quote"] = c.Quote });

    private static JsonArray Strings(IEnumerable<string> items) => new([.. items.Select(i => (JsonNode)JsonValue.Create(i))]);

    private static JsonArray Strings<T>(IEnumerable<Id<T>> ids)
        where T : class => Strings(ids.Select(id => id.Value));

    private static JsonArray Array<T>(IEnumerable<T> items, Func<T, JsonObject> map) => new([.. items.Select(i => (JsonNode)map(i))]);
}
