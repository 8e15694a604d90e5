using Hubwatch.Cli;

namespace Hubwatch.BrowserTests.Support;

/// <summary>
/// The repository's portal, built in-process once under the base path <c>/portal/</c> into a temporary
/// folder, as a GitHub Pages project site would be. Its pages are listed from the files it wrote.
/// </summary>
public sealed class BuiltPortal : IDisposable
{
    public const string BasePath = "/portal/";

    private readonly string _root = Path.Combine(Path.GetTempPath(), "hubwatch-browser-tests", Guid.NewGuid().ToString("N"));

    public BuiltPortal()
        : this(Repo.Content, Repo.Seeds, BasePath)
    {
    }

    // A class fixture may have only one public constructor; other content folders go through Of, other URLs through AtUrl.
    private BuiltPortal(string content, string seeds, string basePath)
        : this(content, seeds, basePath, ["--base-path", basePath])
    {
    }

    private BuiltPortal(string content, string seeds, string basePath, string[] options)
    {
        Site = Path.Combine(_root, "site");
        var stderr = new StringWriter();
        var code = App.Run(
            ["build", "--quiet", .. options, "--content", content, "--seeds", seeds, "--templates", Repo.Templates, "--output", Site],
            TextWriter.Null,
            stderr);
        if (code != 0)
        {
            throw new InvalidOperationException($"{content} does not build (exit code {code}):\n{stderr}");
        }

        Warnings = stderr.ToString();

        Pages = Directory.EnumerateFiles(Site, "*.html", SearchOption.AllDirectories)
            .Select(f => Path.GetRelativePath(Site, f).Replace('\\', '/'))
            .Where(f => f != "404.html")
            .Order(StringComparer.Ordinal)
            .Select(file => SitePage.FromFile(file, basePath))
            .ToList();
    }

    /// <summary>Builds another content folder (a test fixture) under a base path of the test's choosing.</summary>
    public static BuiltPortal Of(string content, string seeds, string basePath) => new(content, seeds, basePath);

    /// <summary>
    /// Builds the repository's portal as the Pages workflow does, with only <c>--url</c>: the base path is the URL's
    /// path (<c>https://example.org/hubwatch/</c> gives <c>/hubwatch/</c>).
    /// </summary>
    public static BuiltPortal AtUrl(string url) => new(Repo.Content, Repo.Seeds, new Uri(url).AbsolutePath, ["--url", url]);

    /// <summary>What the build printed besides its result: its warnings, if any.</summary>
    public string Warnings { get; }

    /// <summary>The folder GitHub Pages would serve.</summary>
    public string Site { get; }

    /// <summary>Every page of both languages (not the 404 page), in a stable order.</summary>
    public IReadOnlyList<SitePage> Pages { get; }

    public void Dispose()
    {
        try
        {
            Directory.Delete(_root, recursive: true);
        }
        catch (IOException)
        {
            // A leftover temp folder is harmless.
        }
    }
}
