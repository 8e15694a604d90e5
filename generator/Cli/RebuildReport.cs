namespace Hubwatch.Cli;

/// <summary>What one rebuild of a serve session did: whether it succeeded, how many files it read again, and how long it took.</summary>
public sealed record RebuildReport(bool IsGood, int FilesRead, TimeSpan Elapsed);
