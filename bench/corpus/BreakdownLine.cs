namespace Hubwatch.Bench.Corpus;

/// <summary>A line of a funding breakdown: a year, or a label such as 기투자 (already invested).</summary>
public sealed record BreakdownLine(int? Year, Text? Label, long Units, string Written);
