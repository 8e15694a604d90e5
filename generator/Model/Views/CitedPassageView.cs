namespace Hubwatch.Model.Views;

/// <summary>A highlighted passage of a source and the records that cite it.</summary>
public sealed record CitedPassageView(int Number, string Anchor, string Text, IReadOnlyList<LinkView> CitedBy);
