using Hubwatch.Diagnostics;

namespace Hubwatch.Content;

/// <summary>One line of a funding figure's breakdown: a year, or a labelled share such as "already invested".</summary>
public sealed record BreakdownItem(int? Year, LocalizedText? Label, Krw Amount, string AmountAsWritten, SourceLocation Where)
{
    /// <summary>Where <c>amount</c> is written, for a diagnostic about it; null for a line made in code.</summary>
    public SourceLocation? AmountWhere { get; init; }

    /// <summary>Where <c>year</c> is written, for a diagnostic about it; null for a line made in code.</summary>
    public SourceLocation? YearWhere { get; init; }

    /// <summary>
    /// Whether the line is the editors' reading (<c>read: true</c>): a year the source's table does not print as such,
    /// explained by an inference that <c>reads: [breakdown]</c>.
    /// </summary>
    public bool IsRead { get; init; }
}
