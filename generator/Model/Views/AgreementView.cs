namespace Hubwatch.Model.Views;

/// <summary>An agreement or event as it appears on the timeline, hub, partner and program pages.</summary>
public sealed record AgreementView(
    string Id,
    string Url,
    string Date,
    string Iso,
    string? DateNote,
    string Kind,
    string Title,
    string Summary,
    string? Note,
    LinkView Hub,
    LinkView? Program,
    IReadOnlyList<PartyView> Parties,
    IReadOnlyList<CiteView> Cites)
{
    /// <summary>The organisations whose people attended as guests, apart from the parties.</summary>
    public IReadOnlyList<PartyView> Guests { get; init; } = [];

    /// <summary>The parties, those that undertake the same thing together (see <see cref="PartyGroupView"/>).</summary>
    public IReadOnlyList<PartyGroupView> PartyGroups => PartyGroupView.Of(Parties);

    /// <summary>The guests, those that did the same thing together.</summary>
    public IReadOnlyList<PartyGroupView> GuestGroups => PartyGroupView.Of(Guests);

    /// <summary>On a partner's page, that partner's own part in the agreement, shown before the full list of parties.</summary>
    public PartyView? Highlight { get; init; }

    /// <summary>The editors' inferences, shown apart from what the sources state.</summary>
    public IReadOnlyList<InferenceView> Inferences { get; init; } = [];
}
