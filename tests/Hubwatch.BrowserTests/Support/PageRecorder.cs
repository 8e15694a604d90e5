using Microsoft.Playwright;

namespace Hubwatch.BrowserTests.Support;

/// <summary>
/// Watches one browser tab: every request it makes, every console error, uncaught script error and failed
/// request. <see cref="Clear"/> starts a new record before the next navigation.
/// </summary>
public sealed class PageRecorder
{
    private readonly List<string> _requests = [];
    private readonly List<string> _errors = [];
    private readonly Lock _gate = new();

    public PageRecorder(IPage page)
    {
        Page = page;
        page.Request += (_, request) => Add(_requests, request.Url);
        page.Console += (_, message) =>
        {
            if (message.Type == "error")
            {
                Add(_errors, $"console: {message.Text}");
            }
        };
        page.PageError += (_, error) => Add(_errors, $"script error: {error}");
        page.RequestFailed += (_, request) => Add(_errors, $"request failed: {request.Url} ({request.Failure})");
    }

    public IPage Page { get; }

    public IReadOnlyList<string> Requests
    {
        get
        {
            lock (_gate)
            {
                return [.. _requests];
            }
        }
    }

    public IReadOnlyList<string> Errors
    {
        get
        {
            lock (_gate)
            {
                return [.. _errors];
            }
        }
    }

    public static async Task<PageRecorder> OpenAsync(IBrowserContext context) => new(await context.NewPageAsync());

    /// <summary>Requests that went anywhere but the test server (data: URLs stay in the page).</summary>
    public IReadOnlyList<string> RequestsOutside(string origin) =>
        Requests.Where(url => !url.StartsWith(origin + "/", StringComparison.Ordinal) && !url.StartsWith("data:", StringComparison.Ordinal)).ToList();

    public void Clear()
    {
        lock (_gate)
        {
            _requests.Clear();
            _errors.Clear();
        }
    }

    private void Add(List<string> list, string item)
    {
        lock (_gate)
        {
            list.Add(item);
        }
    }
}
