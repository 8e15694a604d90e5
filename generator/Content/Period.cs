namespace Hubwatch.Content;

/// <summary>The years a funding figure covers; either end may be unknown.</summary>
public sealed record Period(int? From, int? To);
