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

    // A class fixture may have only one public constructor; other content folders go through Of.
    private BuiltPortal(string content, string seeds, string basePath)
    {
        Site = Path.Combine(_root, "site");
        var stderr = new StringWriter();
        var code = App.Run(
            ["build", "--quiet", "--base-path", basePath, "--content", content, "--seeds", seeds, "--templates", Repo.Templates, "--output", Site],
            TextWriter.Null,
            stderr);
        if (code != 0)
        {
            throw new InvalidOperationException($"{content} does not build (exit code {code}):\n{stderr}");
        }

        Pages = Directory.EnumerateFiles(Site, "*.html", SearchOption.AllDirectories)
            .Select(f => Path.GetRelativePath(Site, f).Replace('\\', '/'))
            .Where(f => f != "404.html")
            .Order(StringComparer.Ordinal)
            .Select(file => SitePage.FromFile(file, basePath))
            .ToList();
    }

    /// <summary>Builds another content folder (a test fixture) under a base path of the test's choosing.</summary>
    public static BuiltPortal Of(string content, string seeds, string basePath) => new(content, seeds, basePath);

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
