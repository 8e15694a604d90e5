namespace Hubwatch.Content;

/// <summary>The years a funding figure covers; either end may be unknown.</summary>
public sealed record Period(int? From, int? To)
{
    /// <summary>Whether the period names <paramref name="year"/> or spans it; a period with one end known names that year only.</summary>
    public bool Includes(int year) => (From ?? To) <= year && year <= (To ?? From);
}
