using System.Collections.Immutable;
using System.Globalization;
using System.Net;
using System.Reflection;
using System.Security.Cryptography;
using System.Text;
using Hubwatch.Diagnostics;
using Hubwatch.Rendering;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.StaticFiles;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace Hubwatch.Serving;

/// <summary>
/// Serves a <see cref="SiteState"/> from memory on 127.0.0.1 the way GitHub Pages serves the built site:
/// under the base path, a folder by its <c>index.html</c>, a folder without its trailing slash redirected,
/// anything else <c>404.html</c> with status 404. Adds the reload script (and the error panel when the latest
/// build failed) to every HTML page, and an event stream that tells open pages when to reload.
/// </summary>
public sealed class DevServer : IAsyncDisposable
{
    private readonly FileExtensionContentTypeProvider _contentTypes = new();

    private readonly WebApplication _app;
    private readonly SiteState _state;

    private DevServer(WebApplication app, SiteState state)
    {
        _app = app;
        _state = state;
    }

    /// <summary>The server's root address, e.g. <c>http://127.0.0.1:4000/</c>, with the port actually bound.</summary>
    public Uri Address => new(_app.Urls.First().TrimEnd('/') + "/");

    /// <summary>Cancelled when the server is asked to stop (Ctrl+C).</summary>
    public CancellationToken Stopping => _app.Lifetime.ApplicationStopping;

    /// <summary>Starts listening on 127.0.0.1 at <paramref name="port"/>; port 0 takes any free port.</summary>
    public static async Task<DevServer> StartAsync(SiteState state, int port, CancellationToken token)
    {
        var builder = WebApplication.CreateSlimBuilder(new WebApplicationOptions { ApplicationName = "hubwatch", ContentRootPath = AppContext.BaseDirectory });
        builder.Logging.ClearProviders();
        builder.WebHost.ConfigureKestrel(options => options.Listen(IPAddress.Loopback, port));
        var app = builder.Build();
        var server = new DevServer(app, state);
        app.Run(context => server.HandleAsync(context));
        await app.StartAsync(token);
        return server;
    }

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync(CancellationToken.None);
        await _app.DisposeAsync();
    }

    private async Task HandleAsync(HttpContext context)
    {
        var request = context.Request;
        var response = context.Response;
        response.Headers.CacheControl = "no-store";
        if (!HttpMethods.IsGet(request.Method) && !HttpMethods.IsHead(request.Method))
        {
            // A static site is only read. The body is never read; closing the connection spares draining it.
            response.StatusCode = StatusCodes.Status405MethodNotAllowed;
            response.Headers.Allow = "GET, HEAD";
            response.Headers.Connection = "close";
            return;
        }

        var path = request.Path.Value ?? "/";
        if (path.StartsWith(ProblemOverlay.Prefix, StringComparison.Ordinal))
        {
            await ServeOwnAsync(context, path[ProblemOverlay.Prefix.Length..]);
            return;
        }

        var answer = Resolve(_state.Current, path);
        if (answer.Location is { } location)
        {
            Redirect(response, location + request.QueryString);
            return;
        }

        await WriteAsync(response, answer.Status, answer.ContentType!, answer.Body!);
    }

    /// <summary>
    /// What the site answers for <paramref name="path"/>, as GitHub Pages would: the file, a folder's index.html,
    /// a redirect for a folder without its slash, or 404.html. HTML gets serve's markup, with the page's version:
    /// a hash of what the page shows, so an open page reloads only when that changes.
    /// </summary>
    private Answer Resolve(ServedSite site, string path)
    {
        if (site.Files is not { } files)
        {
            return Page(StatusCodes.Status500InternalServerError, null, site.Errors, path, ProblemOverlay.NoGoodBuild);
        }

        var basePath = site.BasePath;
        if (!path.StartsWith(basePath, StringComparison.Ordinal))
        {
            // The root of the server is not the root of a project site; send the browser where the site is.
            return path + "/" == basePath || path == "/" ? Redirection(basePath) : NotFound(site, path);
        }

        var relative = path[basePath.Length..];
        var file = relative.Length == 0 || relative.EndsWith('/') ? relative + "index.html" : relative;
        if (files.Contains(file))
        {
            return Serve(StatusCodes.Status200OK, file, files.Get(file)!, site, path);
        }

        return files.Contains(relative + "/index.html")
            ? Redirection(new PathString(path + "/").ToUriComponent())
            : NotFound(site, path);
    }

    private static Answer Redirection(string location) => new(StatusCodes.Status302Found, Location: location, Version: "302:" + location);

    private Answer NotFound(ServedSite site, string path) =>
        site.Files!.Get(SitePlan.NotFoundPath) is { } page
            ? Serve(StatusCodes.Status404NotFound, SitePlan.NotFoundPath, page, site, path)
            : new Answer(StatusCodes.Status404NotFound, "text/plain; charset=utf-8", "404 Not Found"u8.ToArray(), Version: "404");

    private Answer Serve(int status, string file, ServedFile served, ServedSite site, string path)
    {
        if (served.Bytes is not { } bytes)
        {
            // A template failed on this page: its errors, over no page.
            return Page(StatusCodes.Status500InternalServerError, null, [.. served.Errors, .. site.Errors], path, ProblemOverlay.PageFailed);
        }

        var type = ContentType(file);
        return type.StartsWith("text/html", StringComparison.Ordinal)
            ? Page(status, bytes, site.Errors, path, ProblemOverlay.OverLastGoodBuild)
            : new Answer(status, type, bytes, Version: Hash(bytes, []));
    }

    /// <summary>An HTML answer: the page with serve's markup, or, without one, a page of the errors alone.</summary>
    private static Answer Page(int status, byte[]? html, ImmutableArray<Diagnostic> errors, string path, string note)
    {
        var version = Hash(html ?? [], errors);
        var body = html is null ? ProblemOverlay.ErrorPage(errors, note, version, path) : ProblemOverlay.Inject(html, errors, note, version, path);
        return new Answer(status, "text/html; charset=utf-8", body, Version: version);
    }

    private static string Hash(byte[] bytes, ImmutableArray<Diagnostic> errors)
    {
        using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        hash.AppendData(bytes);
        foreach (var error in errors)
        {
            hash.AppendData(Encoding.UTF8.GetBytes(error.Format() + "\n"));
        }

        return Convert.ToHexStringLower(hash.GetHashAndReset().AsSpan(0, 8));
    }

    private async Task ServeOwnAsync(HttpContext context, string name)
    {
        if (name == "events")
        {
            await StreamVersionsAsync(context);
            return;
        }

        using var stream = name is "reload.js" or "overlay.css" ? Assembly.GetExecutingAssembly().GetManifestResourceStream("Hubwatch.Serving." + name) : null;
        if (stream is null)
        {
            context.Response.StatusCode = StatusCodes.Status404NotFound;
            return;
        }

        using var buffer = new MemoryStream();
        await stream.CopyToAsync(buffer, context.RequestAborted);
        await WriteAsync(context.Response, StatusCodes.Status200OK, ContentType(name), buffer.ToArray());
    }

    /// <summary>
    /// Server-sent events. With <c>?path=</c>, an open page's version now and again each time it changes: after a
    /// rebuild the page is produced again and the page told only if what it shows is different. Without, the site's
    /// version now and again each time the site changes.
    /// </summary>
    private async Task StreamVersionsAsync(HttpContext context)
    {
        var response = context.Response;
        response.ContentType = "text/event-stream";
        var path = context.Request.Query["path"].ToString();
        using var stop = CancellationTokenSource.CreateLinkedTokenSource(context.RequestAborted, Stopping);
        try
        {
            string? sent = null;
            while (true)
            {
                // Take the signal before reading the version, so a change in between is not missed.
                var changed = _state.Changed;
                var site = _state.Current;
                var version = path.Length == 0 ? site.Version.ToString(CultureInfo.InvariantCulture) : Resolve(site, path).Version;
                if (version != sent)
                {
                    await response.WriteAsync($"data: {version}\n\n", stop.Token);
                    await response.Body.FlushAsync(stop.Token);
                    sent = version;
                }

                await changed.WaitAsync(stop.Token);
            }
        }
        catch (OperationCanceledException)
        {
            // The page was closed or the server is stopping.
        }
    }

    /// <summary>A temporary redirect: GitHub Pages answers 301, but a browser would remember that past this session.</summary>
    private static void Redirect(HttpResponse response, string location)
    {
        response.StatusCode = StatusCodes.Status302Found;
        response.Headers.Location = location;
    }

    private static async Task WriteAsync(HttpResponse response, int status, string contentType, byte[] body)
    {
        response.StatusCode = status;
        response.ContentType = contentType;
        response.ContentLength = body.Length;
        await response.Body.WriteAsync(body);
    }

    private string ContentType(string file)
    {
        var type = _contentTypes.TryGetContentType(file, out var known) ? known : "application/octet-stream";
        return type.StartsWith("text/", StringComparison.Ordinal) || type is "application/javascript" or "application/json" or "image/svg+xml"
            ? type + "; charset=utf-8"
            : type;
    }

    /// <summary>What serve answers for a path of the site: a status with a body, or a redirect; and the version open pages compare.</summary>
    private sealed record Answer(int Status, string? ContentType = null, byte[]? Body = null, string? Location = null, string Version = "");
}
