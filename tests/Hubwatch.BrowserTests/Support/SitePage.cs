namespace Hubwatch.BrowserTests.Support;

/// <summary>One generated page: the file under site/ and the URL path it is served at.</summary>
public sealed record SitePage(string File, string Path)
{
    public bool IsEnglish => File.StartsWith("en/", StringComparison.Ordinal);

    /// <summary><c>en/hubs/jeonju/index.html</c> is served at <c>/portal/en/hubs/jeonju/</c>.</summary>
    public static SitePage FromFile(string file, string basePath)
    {
        var route = file.EndsWith("index.html", StringComparison.Ordinal) ? file[..^"index.html".Length] : file;
        return new SitePage(file, basePath + route);
    }

    public override string ToString() => Path;
}
