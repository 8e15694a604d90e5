namespace Hubwatch.Model.Views;

/// <summary>The timeline's agreements of one year.</summary>
public sealed record YearGroupView(string Year, IReadOnlyList<AgreementView> Items);
