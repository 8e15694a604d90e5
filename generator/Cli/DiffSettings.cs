namespace Hubwatch.Cli;

/// <summary>What <c>diff</c> reads: the folders to compare and the git reference to compare them with.</summary>
public sealed record DiffSettings(BuildSettings Build, string Reference);
