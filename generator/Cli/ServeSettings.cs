namespace Hubwatch.Cli;

/// <summary>What <c>serve</c> reads: the build's settings and the port (0 takes any free port).</summary>
public sealed record ServeSettings(BuildSettings Build, int Port = ServeSettings.DefaultPort)
{
    public const int DefaultPort = 4000;
}
