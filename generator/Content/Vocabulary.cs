namespace Hubwatch.Content;

/// <summary>The fixed values of the content model's enumerated fields, in the order pages list them.</summary>
public static class Vocabulary
{
    public static readonly IReadOnlyList<string> HubStatuses = ["planned", "designated", "selected", "operating"];

    public static readonly IReadOnlyList<string> ProgramScopes = ["national", "provincial", "municipal"];

    public static readonly IReadOnlyList<string> PartnerTypes =
    [
        "ministry", "government-committee", "provincial-government", "local-government", "local-council", "local-government-agency",
        "public-institution", "university", "hospital", "company", "foreign-company", "bank",
        "foreign-government", "international-organisation", "business-association",
    ];

    public static readonly IReadOnlyList<string> AgreementKinds =
        ["mou", "investment-agreement", "opening", "selection", "designation", "announcement", "event"];

    public static readonly IReadOnlyList<string> FunderKinds =
        ["national", "provincial", "municipal", "private", "foreign", "unspecified"];

    public static readonly IReadOnlyList<string> FundingStatuses = ["announced", "planned", "committed", "executed", "unstated"];

    /// <summary>Funder kinds paid from public budgets (national, provincial, municipal); the others are private or foreign, or unspecified.</summary>
    public static readonly IReadOnlyList<string> PublicFunderKinds = ["national", "provincial", "municipal"];

    /// <summary>The sides a funder kind falls on: public money, private or foreign money, or no stated funder.</summary>
    public static readonly IReadOnlyList<string> FunderSectors = ["public", "private", "unspecified"];

    public static readonly IReadOnlyList<string> SeedKinds = ["news", "press-release", "plan"];
}
