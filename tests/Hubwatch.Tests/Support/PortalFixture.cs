using System.Text;
using AngleSharp.Html.Dom;
using AngleSharp.Html.Parser;

namespace Hubwatch.Tests.Support;

/// <summary>The repository's portal, built once per test run under the base path <c>/portal/</c>, with its pages parsed.</summary>
public sealed class PortalFixture : IDisposable
{
    public const string BasePath = "/portal/";

    private readonly TempProject _project = TempProject.FromRepository();

    public PortalFixture()
    {
        Result = _project.Run("build", "--quiet", "--base-path", BasePath);
        if (Result.ExitCode != 0)
        {
            throw new InvalidOperationException("the repository's portal does not build:\n" + Result.Stderr);
        }

        Files = _project.SiteFiles();
        var parser = new HtmlParser();
        Pages = Files
            .Where(f => f.Key.EndsWith(".html", StringComparison.Ordinal))
            .ToDictionary(f => f.Key, f => parser.ParseDocument(Encoding.UTF8.GetString(f.Value)));
    }

    public RunResult Result { get; }

    public IReadOnlyDictionary<string, byte[]> Files { get; }

    /// <summary>Every HTML page keyed by its path under site/ (e.g. <c>en/hubs/jeonju/index.html</c>).</summary>
    public IReadOnlyDictionary<string, IHtmlDocument> Pages { get; }

    public IHtmlDocument Page(string path) => Pages.TryGetValue(path, out var page) ? page : throw new KeyNotFoundException($"no page {path}; pages: {string.Join(", ", Pages.Keys.Take(20))}");

    public string Text(string path) => Encoding.UTF8.GetString(Files[path]);

    public void Dispose() => _project.Dispose();
}

[CollectionDefinition(Name)]
public sealed class PortalCollection : ICollectionFixture<PortalFixture>
{
    public const string Name = "portal";
}
