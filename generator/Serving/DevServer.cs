using System.Globalization;
using System.Net;
using System.Reflection;
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
    private static readonly FileExtensionContentTypeProvider ContentTypes = new();

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
        var path = request.Path.Value ?? "/";
        if (path.StartsWith(ProblemOverlay.Prefix, StringComparison.Ordinal))
        {
            await ServeOwnAsync(context, path[ProblemOverlay.Prefix.Length..]);
            return;
        }

        var site = _state.Current;
        if (site.Files is null)
        {
            await WriteAsync(response, StatusCodes.Status500InternalServerError, "text/html; charset=utf-8", ProblemOverlay.ErrorPage(site));
            return;
        }

        var basePath = site.BasePath;
        if (!path.StartsWith(basePath, StringComparison.Ordinal))
        {
            if (path + "/" == basePath || path == "/")
            {
                // The root of the server is not the root of a project site; send the browser where the site is.
                Redirect(response, basePath);
                return;
            }

            await NotFoundAsync(response, site);
            return;
        }

        var relative = path[basePath.Length..];
        var file = relative.Length == 0 || relative.EndsWith('/') ? relative + "index.html" : relative;
        if (site.Files.TryGetValue(file, out var bytes))
        {
            await ServeFileAsync(response, StatusCodes.Status200OK, file, bytes, site);
        }
        else if (site.Files.ContainsKey(relative + "/index.html"))
        {
            Redirect(response, new PathString(path + "/").ToUriComponent() + request.QueryString);
        }
        else
        {
            await NotFoundAsync(response, site);
        }
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

    /// <summary>Server-sent events: the current version now, then again each time the site changes.</summary>
    private async Task StreamVersionsAsync(HttpContext context)
    {
        var response = context.Response;
        response.ContentType = "text/event-stream";
        using var stop = CancellationTokenSource.CreateLinkedTokenSource(context.RequestAborted, Stopping);
        try
        {
            while (true)
            {
                // Take the signal before reading the version, so a change in between is not missed.
                var changed = _state.Changed;
                await response.WriteAsync(string.Create(CultureInfo.InvariantCulture, $"data: {_state.Current.Version}\n\n"), stop.Token);
                await response.Body.FlushAsync(stop.Token);
                await changed.WaitAsync(stop.Token);
            }
        }
        catch (OperationCanceledException)
        {
            // The page was closed or the server is stopping.
        }
    }

    private static Task ServeFileAsync(HttpResponse response, int status, string file, byte[] bytes, ServedSite site)
    {
        var type = ContentType(file);
        var body = type.StartsWith("text/html", StringComparison.Ordinal) ? ProblemOverlay.Inject(bytes, site) : bytes;
        return WriteAsync(response, status, type, body);
    }

    private static Task NotFoundAsync(HttpResponse response, ServedSite site) =>
        site.Files!.TryGetValue("404.html", out var page)
            ? ServeFileAsync(response, StatusCodes.Status404NotFound, "404.html", page, site)
            : WriteAsync(response, StatusCodes.Status404NotFound, "text/plain; charset=utf-8", "404 Not Found"u8.ToArray());

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

    private static string ContentType(string file)
    {
        var type = ContentTypes.TryGetContentType(file, out var known) ? known : "application/octet-stream";
        return type.StartsWith("text/", StringComparison.Ordinal) || type is "application/javascript" or "application/json" or "image/svg+xml"
            ? type + "; charset=utf-8"
            : type;
    }
}
