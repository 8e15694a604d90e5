namespace Hubwatch.Tests.Support;

/// <summary>What one in-process run of the command line printed and returned.</summary>
public sealed record RunResult(int ExitCode, string Stdout, string Stderr);
