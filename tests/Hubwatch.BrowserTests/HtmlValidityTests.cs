using Hubwatch.BrowserTests.Support;

namespace Hubwatch.BrowserTests;

/// <summary>Every generated page, the 404 page, the stylesheet and the icon pass the Nu Html Checker with no error.</summary>
public sealed class HtmlValidityTests(BuiltPortal portal) : IClassFixture<BuiltPortal>
{
    /// <summary>
    /// Standard CSS properties that Chromium, Firefox and Safari support but the checker's CSS profile does not
    /// know: paint-order (CSS Fill and Stroke 3) draws the halo behind the map's labels.
    /// </summary>
    private static readonly string[] PropertiesTheCheckerLacks = ["paint-order"];

    [Fact]
    public void Every_page_and_asset_passes_the_Nu_Html_Checker()
    {
        var files = Directory.EnumerateFiles(portal.Site, "*", SearchOption.AllDirectories)
            .Where(f => Path.GetExtension(f) is ".html" or ".css" or ".svg")
            .Select(f => Path.GetRelativePath(portal.Site, f))
            .Order(StringComparer.Ordinal)
            .ToList();
        Assert.Contains("404.html", files);
        Assert.Equal(portal.Pages.Count + 1, files.Count(f => f.EndsWith(".html", StringComparison.Ordinal)));

        var errors = NuHtmlChecker.Errors(portal.Site, files)
            .Where(e => !PropertiesTheCheckerLacks.Any(p => e.EndsWith($"CSS: “{p}”: Property “{p}” doesn't exist.", StringComparison.Ordinal)))
            .ToList();

        Assert.True(errors.Count == 0, $"{errors.Count} error(s):\n" + string.Join("\n", errors));
    }

    [Fact]
    public void The_checker_reports_invalid_html_and_css_with_their_positions()
    {
        var dir = Directory.CreateTempSubdirectory("hubwatch-vnu-");
        try
        {
            File.WriteAllText(
                Path.Combine(dir.FullName, "bad.html"),
                "<!DOCTYPE html>\n<html lang=\"en\">\n<head><title>t</title></head>\n<body>\n<h1>a</h1>\n<h3>skipped a level</h3>\n<p><div>block in p</div></p>\n</body>\n</html>\n");

            File.WriteAllText(Path.Combine(dir.FullName, "bad.css"), "p {\n  colour: red;\n}\n");

            var errors = NuHtmlChecker.Errors(dir.FullName, ["bad.html", "bad.css"]);

            Assert.Contains(errors, e => e.StartsWith("bad.html:6:", StringComparison.Ordinal) && e.Contains("skipping 1 heading level", StringComparison.Ordinal));
            Assert.Contains(errors, e => e.StartsWith("bad.html:7:", StringComparison.Ordinal));
            Assert.Contains(errors, e => e.StartsWith("bad.css:2:", StringComparison.Ordinal) && e.Contains("colour", StringComparison.Ordinal));
        }
        finally
        {
            dir.Delete(recursive: true);
        }
    }
}
