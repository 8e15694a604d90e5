using System.Net;
using Hubwatch.BrowserTests.Support;

namespace Hubwatch.BrowserTests;

/// <summary>The test server answers as GitHub Pages does, so what passes here works when published.</summary>
public sealed class PagesServerTests : IDisposable
{
    private readonly DirectoryInfo _site = Directory.CreateTempSubdirectory("hubwatch-pages-");
    private readonly PagesServer _server;
    private readonly HttpClient _http = new(new HttpClientHandler { AllowAutoRedirect = false });

    public PagesServerTests()
    {
        foreach (var (path, text) in new[]
        {
            ("index.html", "home"), ("404.html", "not found"), ("hubs/index.html", "hubs"), ("about.html", "about"),
            ("data/portal.json", "{}"), ("sitemap.xml", "<urlset/>"), ("assets/style.css", "p{}"), ("assets/search.js", ""),
            ("assets/icon.svg", "<svg/>"), ("data/funding.csv", "a,b"),
        })
        {
            var file = Path.Combine(_site.FullName, path);
            Directory.CreateDirectory(Path.GetDirectoryName(file)!);
            File.WriteAllText(file, text);
        }

        File.WriteAllText(Path.Combine(_site.FullName, "..", "outside.html"), "secret");
        _server = new PagesServer(_site.FullName, "/portal/");
    }

    [Theory]
    [InlineData("/portal/", "text/html; charset=utf-8", "home")]
    [InlineData("/portal/hubs/", "text/html; charset=utf-8", "hubs")]
    [InlineData("/portal/about", "text/html; charset=utf-8", "about")]
    [InlineData("/portal/data/portal.json", "application/json; charset=utf-8", "{}")]
    [InlineData("/portal/sitemap.xml", "application/xml", "<urlset/>")]
    [InlineData("/portal/assets/style.css", "text/css; charset=utf-8", "p{}")]
    [InlineData("/portal/assets/search.js", "application/javascript; charset=utf-8", "")]
    [InlineData("/portal/assets/icon.svg", "image/svg+xml", "<svg/>")]
    [InlineData("/portal/data/funding.csv", "text/csv; charset=utf-8", "a,b")]
    public async Task A_file_is_served_with_its_content_type(string path, string type, string body)
    {
        var response = await _http.GetAsync(_server.Url(path));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(type, response.Content.Headers.ContentType?.ToString());
        Assert.Equal(body, await response.Content.ReadAsStringAsync());
    }

    [Theory]
    [InlineData("/portal/hubs", "/portal/hubs/")]
    [InlineData("/portal", "/portal/")]
    public async Task A_folder_without_its_slash_is_redirected_to_it(string path, string location)
    {
        var response = await _http.GetAsync(_server.Url(path));

        Assert.Equal(HttpStatusCode.MovedPermanently, response.StatusCode);
        Assert.Equal(location, response.Headers.Location?.OriginalString);
    }

    [Theory]
    [InlineData("/portal/nope")]
    [InlineData("/portal/hubs/nope/deeper/")]
    [InlineData("/portal/data/")]
    [InlineData("/index.html")]
    [InlineData("/portal/%2e%2e/outside.html")]
    public async Task Anything_else_gets_the_sites_404_page(string path)
    {
        var response = await _http.GetAsync(_server.Url(path));

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal("text/html; charset=utf-8", response.Content.Headers.ContentType?.ToString());
        Assert.Equal("not found", await response.Content.ReadAsStringAsync());
    }

    [Theory]
    [InlineData("/portal/../outside.html")]
    [InlineData("/portal/%2e%2e/outside.html")]
    [InlineData("/portal/hubs/../../outside.html")]
    public void A_path_cannot_climb_out_of_the_site(string raw)
    {
        var (status, file, _) = _server.Resolve(raw);

        Assert.Equal(404, status);
        Assert.Equal(Path.Combine(_site.FullName, "404.html"), file);
    }

    public void Dispose()
    {
        _http.Dispose();
        _server.Dispose();
        File.Delete(Path.Combine(_site.FullName, "..", "outside.html"));
        _site.Delete(recursive: true);
    }
}
