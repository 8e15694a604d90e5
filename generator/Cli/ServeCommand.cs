namespace Hubwatch.Cli;

/// <summary>Builds, serves the site on 127.0.0.1 and rebuilds when content, templates or seeds change.</summary>
public static class ServeCommand
{
    public static int Run(BuildSettings settings, TextWriter error)
    {
        error.WriteLine("hubwatch: serve is not available yet; build and open site/ with any static server.");
        return ExitCodes.UsageOrInternal;
    }
}
