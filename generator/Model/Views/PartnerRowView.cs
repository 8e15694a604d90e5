namespace Hubwatch.Model.Views;

/// <summary>
/// One organisation in the partners table: its type, its first hubs by name, how many agreements it is a party to and the funding it
/// provides (null when none; <see cref="IsFundingShared"/> when some of it is provided jointly with other funders).
/// </summary>
public sealed record PartnerRowView(LinkView Partner, string TypeId, string Type, IReadOnlyList<LinkView> Hubs, int AgreementCount, MoneyView? Funding, bool IsFundingShared)
{
    /// <summary>The type's group in the list by type, on the page where the group starts.</summary>
    public string TypeUrl { get; init; } = "";

    /// <summary>How many more hubs than <see cref="Hubs"/> names, linking to the organisation's list of them; null when it names all.</summary>
    public LinkView? MoreHubs { get; init; }
}
