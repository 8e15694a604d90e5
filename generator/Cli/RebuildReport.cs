namespace Hubwatch.Cli;

/// <summary>What one rebuild of a serve session did: whether it succeeded, how much it redid, and how long it took.</summary>
public sealed record RebuildReport(
    bool IsGood,
    int FilesRead,
    int PagesRendered,
    int PagesReused,
    IReadOnlyList<string> ChangedOutputs,
    TimeSpan Elapsed);
