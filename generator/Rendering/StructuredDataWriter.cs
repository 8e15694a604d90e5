using System.Text.Json;
using System.Text.Json.Nodes;
using Hubwatch.Content;
using Hubwatch.Model;
using Hubwatch.Model.Views;

namespace Hubwatch.Rendering;

/// <summary>
/// schema.org JSON-LD for the pages that have it: an organisation on its partner page, and a MonetaryGrant for
/// each funding figure on the funding page, on its hub's page and on its funder's page. Built as JSON nodes and
/// serialised with <see cref="JsonOutput.Encoder"/>, which escapes <c>&lt;</c>, so no text can close the script element.
/// </summary>
public sealed class StructuredDataWriter(SiteModel site)
{
    private const string Context = "https://schema.org";

    /// <summary>The page's JSON-LD, or null when the page has none.</summary>
    public string? For(PageModel page)
    {
        var language = page.Language;
        List<JsonNode> graph = page.View switch
        {
            PartnerView partner => [Organization(site.Index.Partners[partner.Id], language), .. Grants(SiteModel.Of(site.FundingByFunder, partner.Id), language)],
            HubView hub => Grants(SiteModel.Of(site.FundingByHub, hub.Id), language),
            FundingIndexView => Grants(site.Index.Content.Funding, language),
            _ => [],
        };
        if (graph.Count == 0)
        {
            return null;
        }

        var document = new JsonObject
        {
            ["@context"] = Context,
            ["@graph"] = new JsonArray([.. graph]),
        };
        return document.ToJsonString(new JsonSerializerOptions { Encoder = JsonOutput.Encoder });
    }

    /// <summary>The schema.org type closest to a partner type.</summary>
    public static string OrganizationType(string partnerType) => partnerType switch
    {
        "ministry" or "government-committee" or "provincial-government" or "local-government" or "local-council"
            or "public-institution" or "foreign-government" => "GovernmentOrganization",
        "university" => "CollegeOrUniversity",
        "hospital" => "Hospital",
        "company" or "foreign-company" => "Corporation",
        "bank" => "BankOrCreditUnion",
        _ => "Organization",
    };

    private JsonObject Organization(Partner partner, Language language)
    {
        var organization = new JsonObject
        {
            ["@type"] = OrganizationType(partner.Type),
            ["@id"] = OrganizationId(partner.Id, language),
            ["name"] = partner.Name[language],
            ["url"] = site.Absolute(site.Urls.Page(Routes.Partner(partner.Id), language)),
        };
        var otherNames = new[] { partner.Name[language.Other()] }.Concat(partner.Aliases)
            .Where(n => n != partner.Name[language])
            .Distinct(StringComparer.Ordinal)
            .ToArray();
        if (otherNames.Length > 0)
        {
            organization["alternateName"] = new JsonArray([.. otherNames.Select(n => (JsonNode)JsonValue.Create(n))]);
        }
        if (partner.Summary is { } summary)
        {
            organization["description"] = summary[language];
        }

        return organization;
    }

    private List<JsonNode> Grants(IEnumerable<Funding> figures, Language language) =>
        [.. figures.OrderBy(f => f.Id, StringComparer.Ordinal).Select(f => (JsonNode)Grant(f, language))];

    private JsonObject Grant(Funding funding, Language language)
    {
        var grant = new JsonObject
        {
            ["@type"] = "MonetaryGrant",
            ["@id"] = site.Absolute(site.Urls.Page(Routes.Funding, language) + "#f-" + funding.Id),
            ["identifier"] = funding.Id,
            ["name"] = funding.Title[language],
            ["description"] = funding.Purpose[language],
            ["url"] = site.Absolute(site.Urls.Page(Routes.Funding, language) + "#f-" + funding.Id),
            ["amount"] = new JsonObject
            {
                ["@type"] = "MonetaryAmount",
                ["currency"] = "KRW",
                ["value"] = funding.Amount.Value,
            },
            ["fundedItem"] = new JsonArray([.. funding.Hubs.Select(h => (JsonNode)new JsonObject
            {
                ["@type"] = "Place",
                ["name"] = site.Index.Hubs[h.Id].Name[language],
                ["url"] = site.Absolute(site.Urls.Page(Routes.Hub(h.Id), language)),
            })]),
        };
        if (funding.Funder is { } reference)
        {
            var funder = site.Index.Partners[site.PartnerId(reference)];
            grant["funder"] = new JsonObject
            {
                ["@type"] = OrganizationType(funder.Type),
                ["@id"] = OrganizationId(funder.Id, language),
                ["name"] = funder.Name[language],
                ["url"] = site.Absolute(site.Urls.Page(Routes.Partner(funder.Id), language)),
            };
        }

        return grant;
    }

    private string OrganizationId(string partnerId, Language language) =>
        site.Absolute(site.Urls.Page(Routes.Partner(partnerId), language)) + "#organization";
}
