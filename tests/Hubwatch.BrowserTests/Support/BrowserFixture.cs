using System.Diagnostics;
using Microsoft.Playwright;
using Xunit.Abstractions;
using Xunit.Sdk;

namespace Hubwatch.BrowserTests.Support;

/// <summary>
/// The portal built under <c>/portal/</c>, served on 127.0.0.1 like GitHub Pages, and one headless
/// Debian Chromium driven by Playwright, shared by every browser test. Playwright never downloads a
/// browser here: it launches the system's Chromium by path.
/// </summary>
/// <remarks>
/// <see cref="Say"/> tells the person running the tests what is happening, while it happens: xunit passes the
/// line to the test runner as a diagnostic message (xunit.runner.json turns them on), which <c>dotnet test</c>
/// prints at once with the console logger's normal verbosity (test.sh and test.cmd ask for it).
/// </remarks>
public sealed class BrowserFixture(IMessageSink diagnostics) : IAsyncLifetime
{
    /// <summary>Debian's Chromium (<c>apt-get install chromium</c>); HUBWATCH_CHROMIUM points elsewhere on other systems.</summary>
    public static string ChromiumPath => Environment.GetEnvironmentVariable("HUBWATCH_CHROMIUM") is { Length: > 0 } path ? path : "/usr/bin/chromium";

    // No sandbox: CI runs as root, where Chromium's sandbox refuses to start. No background networking or
    // component updates, so the browser talks to nothing but the test server. No GPU: CI machines have none.
    private static readonly string[] ChromiumArgs = ["--no-sandbox", "--disable-background-networking", "--disable-component-update", "--disable-gpu"];

    private PagesServer? _server;
    private IPlaywright? _playwright;
    private IBrowser? _browser;

    private BuiltPortal? _portal;

    public BuiltPortal Portal => _portal ?? throw new InvalidOperationException("the portal is not built");

    public PagesServer Server => _server ?? throw new InvalidOperationException("the server is not started");

    public IBrowser Browser => _browser ?? throw new InvalidOperationException("the browser is not started");

    public async Task InitializeAsync()
    {
        if (!File.Exists(ChromiumPath))
        {
            throw new InvalidOperationException(
                $"Chromium is not installed at {ChromiumPath}. The browser tests drive the system's Chromium and never download one: " +
                "install it with 'apt-get install chromium' (.ci/run does), or set HUBWATCH_CHROMIUM to a Chromium or Chrome executable.");
        }

        var clock = Stopwatch.StartNew();
        Say($"building the portal under {BuiltPortal.BasePath} for the browser tests");
        _portal = new BuiltPortal();
        Say($"built {_portal.Pages.Count} pages in {clock.Elapsed.TotalSeconds:F1} s; starting Chromium ({ChromiumPath})");
        _server = new PagesServer(Portal.Site, BuiltPortal.BasePath);
        _playwright = await Playwright.CreateAsync();
        _browser = await _playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = ChromiumPath,
            Headless = true,
            Args = ChromiumArgs,
        });
    }

    /// <summary>Prints one line of progress where <c>dotnet test</c> shows it, as the tests run.</summary>
    public void Say(string line) => diagnostics.OnMessage(new DiagnosticMessage(line));

    /// <summary>A fresh browser context (own cookies, cache and history) in a colour scheme and window width.</summary>
    public Task<IBrowserContext> NewContextAsync(ColorScheme scheme = ColorScheme.Light, int width = 1280, int height = 900) =>
        Browser.NewContextAsync(new BrowserNewContextOptions
        {
            BaseURL = Server.Origin,
            ColorScheme = scheme,
            ViewportSize = new ViewportSize { Width = width, Height = height },
        });

    public async Task DisposeAsync()
    {
        if (_browser is not null)
        {
            await _browser.CloseAsync();
        }

        _playwright?.Dispose();
        _server?.Dispose();
        _portal?.Dispose();
    }
}

[CollectionDefinition(Name)]
public sealed class BrowserCollection : ICollectionFixture<BrowserFixture>
{
    public const string Name = "browser";
}
