using Hubwatch.Tests.Support;
using Snapshooter;
using Snapshooter.Xunit;

namespace Hubwatch.Tests.Rendering;

/// <summary>Whole pages of the small fixture site, one of each type, in both languages where they differ.</summary>
public sealed class PageSnapshotTests : IClassFixture<PageSnapshotTests.FixtureSite>
{
    private readonly FixtureSite _site;

    public PageSnapshotTests(FixtureSite site) => _site = site;

    [Theory]
    [InlineData("index.html")]
    [InlineData("hubs/index.html")]
    [InlineData("hubs/hanbit/index.html")]
    [InlineData("partners/index.html")]
    [InlineData("partners/hanbit-city/index.html")]
    [InlineData("funding/index.html")]
    [InlineData("funding/hanbit-budget/index.html")]
    [InlineData("agreements/hanbit-mou-2024/index.html")]
    [InlineData("programs/index.html")]
    [InlineData("programs/hub-program/index.html")]
    [InlineData("timeline/index.html")]
    [InlineData("sources/index.html")]
    [InlineData("sources/100_fixture/index.html")]
    [InlineData("about/index.html")]
    [InlineData("404.html")]
    [InlineData("en/hubs/hanbit/index.html")]
    [InlineData("en/funding/index.html")]
    [InlineData("en/agreements/hanbit-mou-2024/index.html")]
    [InlineData("sitemap.xml")]
    [InlineData("search/index.html")]
    [InlineData("en/data/index.html")]
    [InlineData("feed.xml")]
    public void Page_matches_its_snapshot(string path)
    {
        var text = System.Text.Encoding.UTF8.GetString(_site.Files[path]);
        Snapshot.Match(text, new SnapshotNameExtension(path.Replace('/', '_')));
    }

    public sealed class FixtureSite : IDisposable
    {
        private readonly TempProject _project = TempProject.FromBase();

        public FixtureSite()
        {
            var result = _project.Run("build", "--quiet", "--base-path", "/portal/");
            Assert.Equal(0, result.ExitCode);
            Files = _project.SiteFiles();
        }

        public IReadOnlyDictionary<string, byte[]> Files { get; }

        public void Dispose() => _project.Dispose();
    }
}
