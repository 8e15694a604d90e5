namespace Hubwatch.Model.Views;

/// <summary>One line of a funding breakdown.</summary>
public sealed record BreakdownView(string Label, MoneyView Amount)
{
    /// <summary>Whether the line is the editors' reading of the source, marked where it is shown.</summary>
    public bool IsRead { get; init; }
}
