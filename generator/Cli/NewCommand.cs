namespace Hubwatch.Cli;

/// <summary>Scaffolds a commented content file for a new record.</summary>
public static class NewCommand
{
    public static int Run(IReadOnlyList<string> arguments, BuildSettings settings, TextWriter output, TextWriter error)
    {
        error.WriteLine("hubwatch: new is not available yet; copy an existing file in content/ and change its id.");
        return ExitCodes.UsageOrInternal;
    }
}
