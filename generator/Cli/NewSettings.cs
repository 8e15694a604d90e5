namespace Hubwatch.Cli;

/// <summary>What <c>new</c> reads: the kind and id of the record to create (null when missing) and the content folder.</summary>
public sealed record NewSettings(string? Kind, string? Id, string ContentDir, string CommandName = "hubwatch")
{
    /// <summary>The folder that holds content/, seeds/ and schemas/.</summary>
    public string Root => new BuildSettings { ContentDir = ContentDir }.Root;
}
