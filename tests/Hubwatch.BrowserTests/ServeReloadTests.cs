using Hubwatch.BrowserTests.Support;
using Hubwatch.Cli;
using Microsoft.Playwright;

namespace Hubwatch.BrowserTests;

/// <summary>
/// <c>hubwatch serve</c> with a page open in Chromium: saving a content file reloads the page with the change,
/// a mistake shows the error panel over the last good page, and fixing it takes the panel away. Everything
/// serve adds runs under the portal's Content-Security-Policy.
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed class ServeReloadTests(BrowserFixture browser) : IDisposable
{
    private const string Quote = "quote: \"카카오의 기업간거래(B2B) 사업 전문 자회사 카카오엔터프라이즈\"";

    private readonly string _root = Path.Combine(Path.GetTempPath(), "hubwatch-browser-tests", Guid.NewGuid().ToString("N"));

    [Fact]
    public async Task An_open_page_follows_each_save_and_shows_a_content_error_until_it_is_fixed()
    {
        Copy(Repo.Content, Path.Combine(_root, "content"));
        Copy(Repo.Seeds, Path.Combine(_root, "seeds"));
        var partner = Path.Combine(_root, "content", "partners", "kakao-enterprise.yaml");
        var good = File.ReadAllText(partner);
        Assert.Contains(Quote, good);

        using var stop = new CancellationTokenSource();
        var listening = new TaskCompletionSource<Uri>(TaskCreationOptions.RunContinuationsAsynchronously);
        var settings = new ServeSettings(new BuildSettings { ContentDir = Path.Combine(_root, "content"), TemplatesDir = Repo.Templates, BasePath = "/portal/", IsQuiet = true }, Port: 0);
        var serving = Task.Run(() => ServeCommand.RunAsync(settings, TextWriter.Null, TextWriter.Null, stop.Token, listening.SetResult));
        var address = await listening.Task.WaitAsync(TimeSpan.FromSeconds(60));

        await using var context = await browser.Browser.NewContextAsync();
        var page = await context.NewPageAsync();
        var violations = new List<string>();
        page.Console += (_, message) =>
        {
            if (message.Text.Contains("Content Security Policy", StringComparison.Ordinal))
            {
                violations.Add(message.Text);
            }
        };
        await page.GotoAsync(new Uri(address, "en/partners/kakao-enterprise/").ToString());
        await Assertions.Expect(page.Locator("main")).ToContainTextAsync("Kakao's subsidiary");

        // A save: the open page reloads by itself with the new text.
        File.WriteAllText(partner, good.Replace("en: Kakao's subsidiary", "en: A subsidiary of Kakao,", StringComparison.Ordinal));
        await Assertions.Expect(page.Locator("main")).ToContainTextAsync("A subsidiary of Kakao,", new() { Timeout = 15_000 });

        // A mistyped quote: the page keeps the last good text, with the error over it.
        File.WriteAllText(partner, good.Replace(Quote, Quote.Replace("기업간거래", "기업 간 거래", StringComparison.Ordinal), StringComparison.Ordinal));
        var panel = page.Locator("#hubwatch-problems");
        await Assertions.Expect(panel).ToBeVisibleAsync(new() { Timeout = 15_000 });
        await Assertions.Expect(panel).ToContainTextAsync("content/partners/kakao-enterprise.yaml:");
        await Assertions.Expect(panel).ToContainTextAsync("error: quote not found in seed 000_42d1823d9c141a6c");
        await Assertions.Expect(page.Locator("main")).ToContainTextAsync("A subsidiary of Kakao,");

        // Fixed: the panel goes and the page shows the content as it is now.
        File.WriteAllText(partner, good);
        await Assertions.Expect(panel).ToHaveCountAsync(0, new() { Timeout = 15_000 });
        await Assertions.Expect(page.Locator("main")).ToContainTextAsync("Kakao's subsidiary");

        Assert.Empty(violations);
        await stop.CancelAsync();
        Assert.Equal(0, await serving.WaitAsync(TimeSpan.FromSeconds(30)));
    }

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

    private static void Copy(string from, string to)
    {
        foreach (var file in Directory.EnumerateFiles(from, "*", SearchOption.AllDirectories))
        {
            var target = Path.Combine(to, Path.GetRelativePath(from, file));
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            File.Copy(file, target);
        }
    }
}
