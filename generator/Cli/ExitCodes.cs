namespace Hubwatch.Cli;

/// <summary>What the process exit code means.</summary>
public static class ExitCodes
{
    /// <summary>Everything built or validated cleanly (warnings allowed).</summary>
    public const int Ok = 0;

    /// <summary>The content or templates have errors; they were all printed.</summary>
    public const int ContentErrors = 1;

    /// <summary>The command line was wrong, or the generator itself failed.</summary>
    public const int UsageOrInternal = 2;
}
