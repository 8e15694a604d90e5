namespace Hubwatch.Cli;

/// <summary>What <c>check</c> reads: the build's settings and how problems are printed.</summary>
public sealed record CheckSettings(BuildSettings Build, DiagnosticFormat Format);
