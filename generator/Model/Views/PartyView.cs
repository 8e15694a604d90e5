namespace Hubwatch.Model.Views;

/// <summary>
/// A party to an agreement and what it undertakes, or a guest (<see cref="IsGuest"/>) and what its people did there;
/// <see cref="IsEditorial"/> when the editors recorded it without a source naming it, which the page marks as the
/// editors' own.
/// </summary>
public sealed record PartyView(LinkView Partner, string? Undertakes, IReadOnlyList<CiteView> Cites, bool IsEditorial = false, bool IsGuest = false);
