namespace Hubwatch.Model.Views;

/// <summary>A highlighted passage of a source and the records that cite it.</summary>
public sealed record CitedPassageView(int Number, string Anchor, string Text, IReadOnlyList<LinkView> CitedBy)
{
    /// <summary>The editors' English for the quotes that make the passage, on a page that is not Korean and when they have translated them.</summary>
    public string? English { get; init; }
}
