using System.Buffers;
using System.Globalization;
using System.Text;
using System.Text.Json;
using Hubwatch.Content;
using Hubwatch.Model;
using Hubwatch.Model.Views;

namespace Hubwatch.Rendering;

/// <summary>
/// schema.org JSON-LD for the pages that have it: an organisation on its partner page, a MonetaryGrant for each
/// funding figure on its own page, the funding page, its hub's page and its funder's page, and an Event on an
/// agreement's own page. Written straight to a
/// <see cref="Utf8JsonWriter"/> (the funding page of a national portal has tens of thousands of grants) with
/// <see cref="JsonOutput.Encoder"/>, which escapes <c>&lt;</c>, so no text can close the script element.
/// </summary>
public sealed class StructuredDataWriter(SiteModel site, Strings strings)
{
    private const string Context = "https://schema.org";

    private static readonly JsonWriterOptions Options = new() { Encoder = JsonOutput.Encoder };

    /// <summary>The page's JSON-LD, or null when the page has none.</summary>
    public string? For(PageModel page)
    {
        var language = page.Language;
        if (page.View is AgreementRecordView record)
        {
            return Json(json =>
            {
                json.WriteStartArray("@graph");
                Event(json, site.Index.Agreements[new Id<Agreement>(record.Agreement.Id)], language);
                json.WriteEndArray();
            });
        }

        var (organization, grants) = page.View switch
        {
            // The grants a page shows, no more: a figure's own page its figure, a list or record page the rows it lists.
            FundingRecordView figure => (null, [site.Index.Funding[new Id<Funding>(figure.Figure.Id)]]),
            PartnerView partner => (site.Index.Partners[new Id<Partner>(partner.Id)], Listed(partner.Funding)),
            HubView hub => (null, Listed(hub.Funding)),
            FundingIndexView index => (null, Listed(index.Largest)),
            _ => ((Partner?)null, []),
        };
        var sorted = grants.OrderBy(f => f.Id, StringComparer.Ordinal).ToArray();
        if (organization is null && sorted.Length == 0)
        {
            return null;
        }

        return Json(json =>
        {
            json.WriteStartArray("@graph");
            if (organization is not null)
            {
                Organization(json, organization, language);
            }

            var urls = new Urls(site, language);
            foreach (var funding in sorted)
            {
                Grant(json, funding, language, urls);
            }

            json.WriteEndArray();
        });
    }

    /// <summary>A JSON-LD object in the schema.org context, its other members written by <paramref name="write"/>.</summary>
    private static string Json(Action<Utf8JsonWriter> write)
    {
        var buffer = new ArrayBufferWriter<byte>();
        using (var json = new Utf8JsonWriter(buffer, Options))
        {
            json.WriteStartObject();
            json.WriteString("@context", Context);
            write(json);
            json.WriteEndObject();
        }

        return Encoding.UTF8.GetString(buffer.WrittenSpan);
    }

    /// <summary>The schema.org type closest to a partner type.</summary>
    public static string OrganizationType(PartnerType partnerType) => partnerType switch
    {
        PartnerType.Ministry or PartnerType.GovernmentCommittee or PartnerType.ProvincialGovernment or PartnerType.LocalGovernment
            or PartnerType.LocalCouncil or PartnerType.PublicInstitution or PartnerType.ForeignGovernment => "GovernmentOrganization",
        PartnerType.University => "CollegeOrUniversity",
        PartnerType.Hospital => "Hospital",
        PartnerType.Company or PartnerType.ForeignCompany => "Corporation",
        PartnerType.Bank => "BankOrCreditUnion",
        _ => "Organization",
    };

    private void Organization(Utf8JsonWriter json, Partner partner, Language language)
    {
        json.WriteStartObject();
        json.WriteString("@type", OrganizationType(partner.Type));
        json.WriteString("@id", OrganizationId(partner.Id, language));
        json.WriteString("name", partner.Name[language]);
        json.WriteString("url", site.Absolute(site.Urls.Page(Routes.Partner(partner.Id), language)));
        var otherNames = new[] { partner.Name[language.Other()] }.Concat(partner.Aliases)
            .Where(n => n != partner.Name[language])
            .Distinct(StringComparer.Ordinal)
            .ToArray();
        if (otherNames.Length > 0)
        {
            json.WriteStartArray("alternateName");
            foreach (var name in otherNames)
            {
                json.WriteStringValue(name);
            }

            json.WriteEndArray();
        }

        if (partner.Summary is { } summary)
        {
            json.WriteString("description", summary[language]);
        }

        json.WriteEndObject();
    }

    private void Grant(Utf8JsonWriter json, Funding funding, Language language, Urls urls)
    {
        var url = urls.Funding(funding.Id);
        json.WriteStartObject();
        json.WriteString("@type", "MonetaryGrant");
        json.WriteString("@id", url);
        json.WriteString("identifier", funding.Id);
        json.WriteString("name", funding.Title[language]);
        json.WriteString("description", funding.Purpose[language]);
        // schema.org has no stage for a grant: said in words, so that a plan is not read as money granted.
        json.WriteString("disambiguatingDescription", string.Format(CultureInfo.InvariantCulture, strings.Get(language, "structured_data.stage"), strings.Get(language, "funding_status." + funding.Status.Code())));
        json.WriteString("url", url);
        json.WriteStartObject("amount");
        json.WriteString("@type", "MonetaryAmount");
        json.WriteString("currency", "KRW");
        json.WriteNumber("value", funding.Amount.Value);
        json.WriteEndObject();
        json.WriteStartArray("fundedItem");
        foreach (var hub in funding.Hubs)
        {
            json.WriteStartObject();
            json.WriteString("@type", "Place");
            json.WriteString("name", site.Index.Hubs[hub.Id].Name[language]);
            json.WriteString("url", urls.Hub(hub.Id));
            json.WriteEndObject();
        }

        json.WriteEndArray();
        // Several funders without a stated split are all funders of the whole grant.
        var funders = funding.Funders.Select(f => site.Index.Partners[site.PartnerId(f)]).ToArray();
        if (funders.Length == 1)
        {
            json.WritePropertyName("funder");
            OrganizationRef(json, funders[0], language, urls);
        }
        else if (funders.Length > 1)
        {
            json.WriteStartArray("funder");
            foreach (var funder in funders)
            {
                OrganizationRef(json, funder, language, urls);
            }

            json.WriteEndArray();
        }

        json.WriteEndObject();
    }

    private static void OrganizationRef(Utf8JsonWriter json, Partner partner, Language language, Urls urls)
    {
        json.WriteStartObject();
        json.WriteString("@type", OrganizationType(partner.Type));
        var url = urls.Partner(partner.Id);
        json.WriteString("@id", url + "#organization");
        json.WriteString("name", partner.Name[language]);
        json.WriteString("url", url);
        json.WriteEndObject();
    }

    /// <summary>An agreement or event: its date (as precise as the source gives it), its hub as the place, its parties as organisers.</summary>
    private void Event(Utf8JsonWriter json, Agreement agreement, Language language)
    {
        var urls = new Urls(site, language);
        var url = urls.Agreement(agreement.Id);
        json.WriteStartObject();
        json.WriteString("@type", "Event");
        json.WriteString("@id", url);
        json.WriteString("identifier", agreement.Id);
        json.WriteString("name", agreement.Title[language]);
        json.WriteString("description", agreement.Summary[language]);
        json.WriteString("startDate", agreement.Date.Iso);
        json.WriteString("url", url);
        var hub = site.Index.Hubs[agreement.Hub.Id];
        json.WriteStartObject("location");
        json.WriteString("@type", "Place");
        json.WriteString("name", hub.Name[language]);
        json.WriteString("url", urls.Hub(hub.Id));
        json.WriteEndObject();
        // Structured data states what the sources state: a party the editors added without a source is left out.
        var sourced = agreement.Parties.Where(p => !p.IsEditorial).ToArray();
        if (sourced.Length > 0)
        {
            json.WriteStartArray("organizer");
            foreach (var party in sourced)
            {
                OrganizationRef(json, site.Index.Partners[site.PartnerId(party.Partner)], language, urls);
            }

            json.WriteEndArray();
        }

        json.WriteEndObject();
    }

    private IEnumerable<Funding> Listed(IReadOnlyList<FundingRowView> rows) => rows.Select(r => site.Index.Funding[new Id<Funding>(r.Id)]);

    private string OrganizationId(string partnerId, Language language) =>
        site.Absolute(site.Urls.Page(Routes.Partner(partnerId), language)) + "#organization";

    /// <summary>Absolute URLs of one language's pages, each made once: the funding page repeats the same few hundred thousands of times.</summary>
    private sealed class Urls(SiteModel site, Language language)
    {
        private readonly Dictionary<string, string> _hubs = new(StringComparer.Ordinal);
        private readonly Dictionary<string, string> _partners = new(StringComparer.Ordinal);

        public string Funding(string id) => site.Absolute(site.Urls.Page(Routes.FundingFigure(id), language));

        public string Agreement(string id) => site.Absolute(site.Urls.Page(Routes.Agreement(id), language));

        public string Hub(string id) => Memo(_hubs, id, () => site.Absolute(site.Urls.Page(Routes.Hub(id), language)));

        public string Partner(string id) => Memo(_partners, id, () => site.Absolute(site.Urls.Page(Routes.Partner(id), language)));

        private static string Memo(Dictionary<string, string> made, string id, Func<string> make)
        {
            if (!made.TryGetValue(id, out var url))
            {
                made[id] = url = make();
            }

            return url;
        }
    }
}
