using System.Net;
using Hubwatch.Cli;
using Hubwatch.Tests.Support;

namespace Hubwatch.Tests.Serving;

/// <summary>
/// <c>hubwatch serve</c> in-process on a free port, spoken to over real HTTP on 127.0.0.1: it serves the
/// site like GitHub Pages, rebuilds when a content file changes, and shows errors over the last good page.
/// </summary>
public sealed class ServeCommandTests
{
    private const string HubSummary = "한빛시의 혁신거점이다.";

    [Fact]
    public async Task A_changed_content_file_is_served_rebuilt_and_an_error_is_shown_over_the_last_good_page()
    {
        using var project = TempProject.FromBase();
        await using var serve = await Serving.StartAsync(project, "/portal/");
        using var http = Serving.Client();
        var hub = new Uri(serve.Address, "hubs/hanbit/");

        var first = await http.GetStringAsync(hub);
        Assert.Contains(HubSummary, first);
        Assert.Contains("<script src=\"/__hubwatch/reload.js\"", first);
        Assert.DoesNotContain("hubwatch-problems", first);

        // The editor changes the hub's summary: the page follows.
        var hubFile = Path.Combine(project.Content, "hubs", "hanbit.yaml");
        File.WriteAllText(hubFile, File.ReadAllText(hubFile).Replace(HubSummary, "한빛시의 새 혁신거점이다.", StringComparison.Ordinal));
        var changed = await Poll.UntilAsync(() => http.GetStringAsync(hub), html => html.Contains("한빛시의 새 혁신거점이다."), "the rebuilt hub page");
        Assert.DoesNotContain(HubSummary, changed);

        // A mistyped quote (with markup in it): the last good page stays, with the error over it, escaped.
        var good = File.ReadAllText(hubFile);
        File.WriteAllText(hubFile, good.Replace("quote: \"총 12.5억원을 투입할 계획이다\"", "quote: \"<b>총 12.6억원을 투입할 계획이다\"", StringComparison.Ordinal));
        var broken = await Poll.UntilAsync(() => http.GetStringAsync(hub), html => html.Contains("hubwatch-problems"), "the error panel");
        Assert.Contains("한빛시의 새 혁신거점이다.", broken);
        Assert.Contains("content/hubs/hanbit.yaml:14:16: error: quote not found in seed 100_fixture", broken);
        Assert.Contains("the quote has &#x27;&lt;b&gt;총 12.&#x27;, the seed has &#x27;까지 총 12.&#x27;", broken);
        Assert.DoesNotContain("<b>총", broken);
        // The altered quote also leaves the key figure it grounded (12.5억원) without a passage.
        Assert.Contains("2 error(s) after a change to", serve.Errors);

        // Fixed again: the panel goes.
        File.WriteAllText(hubFile, good);
        await Poll.UntilAsync(() => http.GetStringAsync(hub), html => !html.Contains("hubwatch-problems"), "the error panel to go");
    }

    [Fact]
    public async Task The_site_is_served_under_its_base_path_the_way_GitHub_Pages_serves_it()
    {
        using var project = TempProject.FromBase();
        await using var serve = await Serving.StartAsync(project, "/portal/");
        using var http = Serving.Client();
        var root = new Uri(serve.Address, "/");

        var folder = await http.GetAsync(new Uri(root, "/portal/hubs/hanbit"));
        Assert.Equal(HttpStatusCode.Found, folder.StatusCode);
        Assert.Equal("/portal/hubs/hanbit/", folder.Headers.Location?.OriginalString);

        var index = await http.GetAsync(new Uri(root, "/portal/"));
        Assert.Equal(HttpStatusCode.OK, index.StatusCode);
        Assert.Equal("text/html; charset=utf-8", index.Content.Headers.ContentType?.ToString());

        var css = await http.GetAsync(new Uri(root, "/portal/assets/style.css"));
        Assert.Equal("text/css; charset=utf-8", css.Content.Headers.ContentType?.ToString());

        var missing = await http.GetAsync(new Uri(root, "/portal/no-such-page/"));
        Assert.Equal(HttpStatusCode.NotFound, missing.StatusCode);
        Assert.Contains("href=\"/portal/\"", await missing.Content.ReadAsStringAsync());

        var outside = await http.GetAsync(new Uri(root, "/elsewhere/"));
        Assert.Equal(HttpStatusCode.NotFound, outside.StatusCode);

        var serverRoot = await http.GetAsync(root);
        Assert.Equal(HttpStatusCode.Found, serverRoot.StatusCode);
        Assert.Equal("/portal/", serverRoot.Headers.Location?.OriginalString);

        var script = await http.GetAsync(new Uri(root, "/__hubwatch/reload.js"));
        Assert.Equal(HttpStatusCode.OK, script.StatusCode);
        Assert.Contains("EventSource", await script.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task Listeners_without_a_page_are_told_the_site_version_after_each_rebuild()
    {
        using var project = TempProject.FromBase();
        await using var serve = await Serving.StartAsync(project, "/");
        using var http = Serving.Client();
        using var events = new StreamReader(await http.GetStreamAsync(new Uri(serve.Address, "/__hubwatch/events")));
        Assert.Equal("data: 1", await events.ReadLineAsync());
        Assert.Equal("", await events.ReadLineAsync());

        var partner = Path.Combine(project.Content, "partners", "hanbit-city.yaml");
        File.WriteAllText(partner, File.ReadAllText(partner).Replace("Hanbit City", "City of Hanbit", StringComparison.Ordinal));

        var next = events.ReadLineAsync();
        Assert.Same(next, await Task.WhenAny(next, Task.Delay(TimeSpan.FromSeconds(20))));
        Assert.Equal("data: 2", await next);
    }

    [Fact]
    public async Task An_open_page_is_told_to_reload_only_when_what_it_shows_changes()
    {
        using var project = TempProject.FromBase();
        await using var serve = await Serving.StartAsync(project, "/");
        using var http = Serving.Client();

        // Each page's reload script carries the page's version and listens for its own path.
        var partnerHtml = await http.GetStringAsync(new Uri(serve.Address, "/partners/hanbit-city/"));
        var version = System.Text.RegularExpressions.Regex.Match(partnerHtml, "data-version=\"([0-9a-f]+)\" data-events=\"/__hubwatch/events\\?path=%2Fpartners%2Fhanbit-city%2F\"");
        Assert.True(version.Success, "the reload script names the page's version and path");
        using var partner = new StreamReader(await http.GetStreamAsync(new Uri(serve.Address, "/__hubwatch/events?path=%2Fpartners%2Fhanbit-city%2F")));
        using var home = new StreamReader(await http.GetStreamAsync(new Uri(serve.Address, "/__hubwatch/events?path=%2F")));
        Assert.Equal("data: " + version.Groups[1].Value, await partner.ReadLineAsync());
        Assert.Equal("", await partner.ReadLineAsync());
        Assert.StartsWith("data: ", await home.ReadLineAsync());
        Assert.Equal("", await home.ReadLineAsync());

        // The English name shows on the Korean partner page, beside the Korean one, but not on the Korean home page.
        var file = Path.Combine(project.Content, "partners", "hanbit-city.yaml");
        File.WriteAllText(file, File.ReadAllText(file).Replace("Hanbit City", "City of Hanbit", StringComparison.Ordinal));

        var next = partner.ReadLineAsync();
        Assert.Same(next, await Task.WhenAny(next, Task.Delay(TimeSpan.FromSeconds(20))));
        var changed = await next;
        Assert.StartsWith("data: ", changed);
        Assert.NotEqual("data: " + version.Groups[1].Value, changed);
        Assert.Contains("City of Hanbit", await http.GetStringAsync(new Uri(serve.Address, "/partners/hanbit-city/")));

        var homeNext = home.ReadLineAsync();
        Assert.NotSame(homeNext, await Task.WhenAny(homeNext, Task.Delay(TimeSpan.FromSeconds(1))));
    }

    [Fact]
    public async Task Without_a_good_build_every_page_is_the_error_page_until_the_content_is_fixed()
    {
        using var project = TempProject.FromBase();
        var partner = Path.Combine(project.Content, "partners", "hanbit-university.yaml");
        var good = File.ReadAllText(partner);
        File.WriteAllText(partner, good.Replace("type: university", "type: univercity", StringComparison.Ordinal));

        await using var serve = await Serving.StartAsync(project, "/");
        using var http = Serving.Client();
        var page = await http.GetAsync(new Uri(serve.Address, "/partners/"));
        Assert.Equal(HttpStatusCode.InternalServerError, page.StatusCode);
        var html = await page.Content.ReadAsStringAsync();
        Assert.Contains("content/partners/hanbit-university.yaml:3:7: error: &#x27;type&#x27; must be one of", html);
        Assert.Contains("did you mean &#x27;university&#x27;?", html);

        File.WriteAllText(partner, good);
        await Poll.UntilAsync(() => http.GetAsync(new Uri(serve.Address, "/partners/")), r => r.StatusCode == HttpStatusCode.OK, "the fixed site");
    }

    [Fact]
    public async Task A_page_whose_template_fails_shows_the_error_and_the_other_pages_are_served()
    {
        using var project = TempProject.FromBase();
        var templates = project.CopyTemplates();

        File.WriteAllText(Path.Combine(templates, "hubs.html"), "<h1>{{ page.title }}</h1>\n<p>{{ no_such_thing }}</p>\n");
        await using var serve = await Serving.StartAsync(project, "/", templates);
        using var http = Serving.Client();

        var failed = await http.GetAsync(new Uri(serve.Address, "/hubs/"));
        Assert.Equal(HttpStatusCode.InternalServerError, failed.StatusCode);
        var html = await failed.Content.ReadAsStringAsync();
        Assert.Matches("templates/hubs\\.html:2:7: error: template: The variable or function `no_such_thing` was not found", html);
        Assert.Contains("This page could not be rendered.", html);

        var hub = await http.GetAsync(new Uri(serve.Address, "/hubs/hanbit/"));
        Assert.Equal(HttpStatusCode.OK, hub.StatusCode);
        Assert.DoesNotContain("hubwatch-problems", await hub.Content.ReadAsStringAsync());
    }

    [Fact]
    public void A_port_in_use_is_a_usage_error()
    {
        using var project = TempProject.FromBase();
        using var taken = new System.Net.Sockets.TcpListener(IPAddress.Loopback, 0);
        taken.Start();
        var port = ((IPEndPoint)taken.LocalEndpoint).Port;

        var result = project.Run("serve", "--quiet", "--port", port.ToString(System.Globalization.CultureInfo.InvariantCulture));

        Assert.Equal(2, result.ExitCode);
        Assert.Contains($"hubwatch: cannot serve on 127.0.0.1:{port}: ", result.Stderr);
        Assert.Contains("; choose another port with --port", result.Stderr);
    }

    [Fact]
    public async Task Serve_recovers_after_the_content_folder_is_removed_and_restored()
    {
        using var project = TempProject.FromBase();
        await using var serve = await Serving.StartAsync(project, "/");
        using var http = Serving.Client();
        var hub = new Uri(serve.Address, "/hubs/hanbit/");
        Assert.Contains(HubSummary, await http.GetStringAsync(hub));

        // The folder goes (a branch switch, say): the last good site stays, with the errors over it.
        using var aside = new TempProject();
        Directory.Move(project.Content, aside.Content);
        var broken = await Poll.UntilAsync(() => http.GetStringAsync(hub), html => html.Contains("hubwatch-problems"), "the error panel");
        Assert.Contains("site.yaml is missing", broken);

        // It comes back as new files (a new folder, not the old one renamed back), then an edit inside it: both are picked up.
        project.Overlay(aside.Root);
        await Poll.UntilAsync(() => http.GetStringAsync(hub), html => !html.Contains("hubwatch-problems"), "the error panel to go");
        var hubFile = Path.Combine(project.Content, "hubs", "hanbit.yaml");
        File.WriteAllText(hubFile, File.ReadAllText(hubFile).Replace(HubSummary, "돌아온 혁신거점이다.", StringComparison.Ordinal));
        await Poll.UntilAsync(() => http.GetStringAsync(hub), html => html.Contains("돌아온 혁신거점이다."), "the edit after the restore");
    }

    [Fact]
    public async Task Serve_answers_only_GET_and_HEAD_and_never_reads_a_body()
    {
        using var project = TempProject.FromBase();
        await using var serve = await Serving.StartAsync(project, "/");
        using var http = Serving.Client();
        var page = new Uri(serve.Address, "/hubs/");

        foreach (var method in new[] { HttpMethod.Post, HttpMethod.Put, HttpMethod.Delete, HttpMethod.Options, HttpMethod.Patch })
        {
            using var request = new HttpRequestMessage(method, page) { Content = new StringContent("payload") };
            using var response = await http.SendAsync(request);
            Assert.Equal(HttpStatusCode.MethodNotAllowed, response.StatusCode);
            Assert.Equal(["GET", "HEAD"], response.Content.Headers.Allow);
            Assert.Equal("", await response.Content.ReadAsStringAsync());
        }

        using var head = await http.SendAsync(new HttpRequestMessage(HttpMethod.Head, page));
        Assert.Equal(HttpStatusCode.OK, head.StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await http.GetAsync(page)).StatusCode);
    }

    /// <summary>A serve run on a project, stopped (and awaited) on dispose.</summary>
    private sealed class Serving : IAsyncDisposable
    {
        private readonly CancellationTokenSource _stop = new();
        private readonly StringWriter _errors = new();
        private Task<int> _run = Task.FromResult(0);

        public Uri Address { get; private set; } = null!;

        public string Errors => _errors.ToString();

        public static HttpClient Client() => new(new HttpClientHandler { AllowAutoRedirect = false }) { Timeout = TimeSpan.FromSeconds(20) };

        public static async Task<Serving> StartAsync(TempProject project, string basePath, string? templates = null)
        {
            var serving = new Serving();
            var listening = new TaskCompletionSource<Uri>(TaskCreationOptions.RunContinuationsAsynchronously);
            var settings = new ServeSettings(new BuildSettings { ContentDir = project.Content, TemplatesDir = templates ?? Repo.Templates, BasePath = basePath, IsQuiet = true }, Port: 0);
            var errors = TextWriter.Synchronized(serving._errors);
            serving._run = Task.Run(() => ServeCommand.RunAsync(settings, TextWriter.Null, errors, serving._stop.Token, listening.SetResult));
            var first = await Task.WhenAny(listening.Task, serving._run, Task.Delay(TimeSpan.FromSeconds(60)));
            if (first != listening.Task)
            {
                throw new InvalidOperationException("serve did not start listening:\n" + serving.Errors);
            }

            serving.Address = listening.Task.Result;
            Assert.Equal(IPAddress.Loopback.ToString(), serving.Address.Host);
            Assert.EndsWith(basePath, serving.Address.AbsolutePath, StringComparison.Ordinal);
            return serving;
        }

        public async ValueTask DisposeAsync()
        {
            await _stop.CancelAsync();
            Assert.Equal(0, await _run.WaitAsync(TimeSpan.FromSeconds(30)));
            _stop.Dispose();
        }
    }
}
