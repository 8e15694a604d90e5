namespace Hubwatch.Model;

/// <summary>Language-independent page paths, relative to a language's root (e.g. <c>hubs/jeonju/</c>).</summary>
public static class Routes
{
    public const string Home = "";
    public const string Hubs = "hubs/";
    public const string Partners = "partners/";

    /// <summary>The partners table sorted by name (<see cref="Partners"/> sorts it by type).</summary>
    public const string PartnersByName = "partners/by-name/";
    public const string Programs = "programs/";
    public const string Funding = "funding/";

    /// <summary>Every funding figure, paged (see <see cref="Paging"/>); <see cref="Funding"/> is the overview.</summary>
    public const string FundingAll = "funding/all/";
    public const string Timeline = "timeline/";
    public const string Sources = "sources/";
    public const string Search = "search/";
    public const string Data = "data/";

    /// <summary>The Atom feed's file name, in each language's root.</summary>
    public const string FeedFile = "feed.xml";

    public static string Hub(string id) => $"hubs/{id}/";

    public static string Partner(string id) => $"partners/{id}/";

    public static string Program(string id) => $"programs/{id}/";

    /// <summary>A funding figure's own page, under the funding overview.</summary>
    public static string FundingFigure(string id) => $"funding/{id}/";

    /// <summary>The folder of the agreements' own pages; its page sends the reader to the timeline, which lists them all.</summary>
    public const string Agreements = "agreements/";

    /// <summary>An agreement's or event's own page.</summary>
    public static string Agreement(string id) => Agreements + id + "/";

    public static string Source(string seed) => $"sources/{seed}/";

    /// <summary>The figures of one hub, funder kind, status or year (see <see cref="FundingFacet"/>).</summary>
    public static string FundingFacet(string dimension, string key) => $"{FundingDimension(dimension)}{key}/";

    /// <summary>The facets of one dimension (every hub, every funder kind…), the page a facet's address leads up to.</summary>
    public static string FundingDimension(string dimension) => $"funding/{dimension}/";

    /// <summary>The figures an organisation provides, or a programme funds, when they are too many for its page.</summary>
    public static string PartnerFunding(string id) => $"partners/{id}/funding/";

    public static string ProgramFunding(string id) => $"programs/{id}/funding/";

    /// <summary>The figures an organisation receives with others, when they are too many for its page.</summary>
    public static string PartnerSharedFunding(string id) => $"partners/{id}/shared-funding/";

    /// <summary>The agreements and events of a hub, organisation or programme, when they are too many for its page.</summary>
    public static string HubAgreements(string id) => $"hubs/{id}/agreements/";

    public static string HubPartners(string id) => $"hubs/{id}/partners/";

    public static string PartnerAgreements(string id) => $"partners/{id}/agreements/";

    public static string ProgramAgreements(string id) => $"programs/{id}/agreements/";

    public static string Page(string id) => $"{id}/";

    /// <summary>A page of the list of changes: the newest at <c>changes/</c>, older ones at <c>changes/2/</c> and on.</summary>
    public static string Changes(int page) => page <= 1 ? "changes/" : $"changes/{page.ToString(System.Globalization.CultureInfo.InvariantCulture)}/";
}
