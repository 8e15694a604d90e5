namespace Hubwatch.Model.Views;

/// <summary>
/// A party to an agreement and what it undertakes, or a guest (<see cref="IsGuest"/>) and what its people did there;
/// <see cref="IsEditorial"/> when the editors recorded it without a source naming it, which the page marks as the
/// editors' own.
/// </summary>
public sealed record PartyView(LinkView Partner, string? Undertakes, IReadOnlyList<CiteView> Cites, bool IsEditorial = false, bool IsGuest = false);

/// <summary>
/// Parties that undertake the same thing, cited the same way (seven parties of one MOU "jointly" doing one thing): the
/// page says it once under all their names instead of seven times. Parties with no stated role are a group too.
/// </summary>
public sealed record PartyGroupView(IReadOnlyList<PartyView> Parties)
{
    public string? Undertakes => Parties[0].Undertakes;

    public IReadOnlyList<CiteView> Cites => Parties[0].Cites;

    /// <summary>The groups of <paramref name="parties"/>, in the order each group's first party comes.</summary>
    public static IReadOnlyList<PartyGroupView> Of(IReadOnlyList<PartyView> parties)
    {
        var groups = new List<List<PartyView>>();
        foreach (var party in parties)
        {
            var group = groups.FirstOrDefault(g => g[0].Undertakes == party.Undertakes && g[0].Cites.SequenceEqual(party.Cites));
            if (group is null)
            {
                groups.Add([party]);
            }
            else
            {
                group.Add(party);
            }
        }

        return [.. groups.Select(g => new PartyGroupView(g))];
    }
}
