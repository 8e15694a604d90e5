using System.Net;
using System.Net.Sockets;

namespace Hubwatch.BrowserTests.Support;

/// <summary>
/// Serves a built site on 127.0.0.1 the way GitHub Pages serves a project site: under a base path, a folder
/// answers with its <c>index.html</c> (and a folder without its trailing slash is redirected to it), a name
/// without extension finds its <c>.html</c> file, and anything else gets the site's <c>404.html</c> with
/// status 404, at any depth.
/// </summary>
public sealed class PagesServer : IDisposable
{
    private static readonly Dictionary<string, string> ContentTypes = new(StringComparer.OrdinalIgnoreCase)
    {
        [".html"] = "text/html; charset=utf-8",
        [".css"] = "text/css; charset=utf-8",
        [".js"] = "application/javascript; charset=utf-8",
        [".json"] = "application/json; charset=utf-8",
        [".xml"] = "application/xml",
        [".svg"] = "image/svg+xml",
        [".csv"] = "text/csv; charset=utf-8",
        [".txt"] = "text/plain; charset=utf-8",
        [".png"] = "image/png",
        [".ico"] = "image/x-icon",
        [".woff2"] = "font/woff2",
    };

    private readonly string _root;
    private readonly string _basePath;
    private readonly HttpListener _listener;
    private readonly Task _loop;

    public PagesServer(string root, string basePath)
    {
        _root = Path.GetFullPath(root);
        _basePath = basePath;
        (_listener, Port) = Listen();
        _loop = Task.Run(AcceptAsync);
    }

    public int Port { get; }

    /// <summary>The origin the site is served from, e.g. <c>http://127.0.0.1:41234</c>.</summary>
    public string Origin => $"http://127.0.0.1:{Port}";

    public string Url(string path) => Origin + path;

    public void Dispose()
    {
        _listener.Close();
        try
        {
            _loop.Wait(TimeSpan.FromSeconds(5));
        }
        catch (AggregateException)
        {
            // The accept loop ends with the listener; how it ended does not matter here.
        }
    }

    /// <summary>Asks the system for a free port, then listens on it; another process may take it in between, so try again.</summary>
    private static (HttpListener Listener, int Port) Listen()
    {
        for (var attempt = 1; ; attempt++)
        {
            var probe = new TcpListener(IPAddress.Loopback, 0);
            probe.Start();
            var port = ((IPEndPoint)probe.LocalEndpoint).Port;
            probe.Stop();

            var listener = new HttpListener();
            listener.Prefixes.Add($"http://127.0.0.1:{port}/");
            try
            {
                listener.Start();
                return (listener, port);
            }
            catch (HttpListenerException) when (attempt < 5)
            {
                listener.Close();
            }
        }
    }

    private async Task AcceptAsync()
    {
        while (_listener.IsListening)
        {
            HttpListenerContext context;
            try
            {
                context = await _listener.GetContextAsync();
            }
            catch (Exception e) when (e is HttpListenerException or ObjectDisposedException or InvalidOperationException)
            {
                return;
            }

            _ = Task.Run(() => Respond(context));
        }
    }

    private void Respond(HttpListenerContext context)
    {
        var response = context.Response;
        try
        {
            var (status, file, location) = Resolve(context.Request.Url!.AbsolutePath);
            response.StatusCode = status;
            response.Headers["Cache-Control"] = "no-store";
            if (location is not null)
            {
                response.RedirectLocation = location;
            }
            else if (file is not null)
            {
                var body = File.ReadAllBytes(file);
                response.ContentType = ContentTypes.GetValueOrDefault(Path.GetExtension(file), "application/octet-stream");
                response.ContentLength64 = body.Length;
                if (context.Request.HttpMethod != "HEAD")
                {
                    response.OutputStream.Write(body);
                }
            }

            response.Close();
        }
        catch (Exception e) when (e is HttpListenerException or IOException or ObjectDisposedException)
        {
            // The browser went away mid-response (a navigation replaced the page); nothing to answer.
            response.Abort();
        }
    }

    /// <summary>What GitHub Pages answers for a URL path: a status, the file to send, or where to redirect.</summary>
    internal (int Status, string? File, string? Location) Resolve(string rawPath)
    {
        var path = Uri.UnescapeDataString(rawPath);
        if (path.StartsWith(_basePath, StringComparison.Ordinal) || path + "/" == _basePath)
        {
            var relative = path.Length > _basePath.Length ? path[_basePath.Length..] : "";
            var full = Path.GetFullPath(Path.Combine(_root, relative));
            // A path with ../ must not leave the site folder.
            if (full == _root || full.StartsWith(_root + Path.DirectorySeparatorChar, StringComparison.Ordinal))
            {
                if (Directory.Exists(full))
                {
                    if (!path.EndsWith('/'))
                    {
                        return (301, null, rawPath + "/");
                    }

                    var index = Path.Combine(full, "index.html");
                    if (File.Exists(index))
                    {
                        return (200, index, null);
                    }
                }
                else if (File.Exists(full))
                {
                    return (200, full, null);
                }
                else if (Path.GetExtension(full).Length == 0 && File.Exists(full + ".html"))
                {
                    return (200, full + ".html", null);
                }
            }
        }

        var notFound = Path.Combine(_root, "404.html");
        return (404, File.Exists(notFound) ? notFound : null, null);
    }
}
