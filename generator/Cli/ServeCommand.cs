using Hubwatch.Serving;

namespace Hubwatch.Cli;

/// <summary>
/// <c>hubwatch serve</c>: builds, serves the site from memory on 127.0.0.1 under its base path, watches
/// content, templates and seeds, rebuilds on change and reloads open pages. Nothing is written to disk.
/// </summary>
public static class ServeCommand
{
    /// <summary>
    /// How long the folders must be quiet before a rebuild starts: editors often write a file in several steps (truncate
    /// and write, or write a temporary file and rename it), which come within a few milliseconds of each other. The
    /// editor waits this long after every save, so it is kept short; a step that comes later still brings a rebuild of
    /// its own, which reads the file as finally saved.
    /// </summary>
    private static readonly TimeSpan Quiet = TimeSpan.FromMilliseconds(30);

    /// <summary>
    /// How long after a build, with no change and no save, <c>serve</c> collects the garbage the build left (see
    /// <see cref="CollectWhileIdle"/>); by then the browser has reloaded the pages that changed.
    /// </summary>
    private static readonly TimeSpan Idle = TimeSpan.FromMilliseconds(500);

    public static int Run(ServeSettings settings, TextWriter output, TextWriter error) =>
        RunAsync(settings, output, error, CancellationToken.None).GetAwaiter().GetResult();

    /// <summary>
    /// Serves until <paramref name="token"/> is cancelled or the process gets Ctrl+C. <paramref name="onListening"/>
    /// receives the site's address once the server accepts requests (with <c>--port 0</c>, a free port).
    /// </summary>
    public static async Task<int> RunAsync(ServeSettings serve, TextWriter output, TextWriter error, CancellationToken token, Action<Uri>? onListening = null)
    {
        var settings = serve.Build;
        using var progress = new Progress(error, settings.IsQuiet, settings.IsVerbose);
        var session = new ServeSession(settings, progress, error);
        var folders = new[] { settings.ContentDir, settings.Templates, settings.Seeds }.Select(Path.GetFullPath).ToArray();

        // Watch before the first build, so a file saved while it runs is not missed.
        using var watcher = new ChangeWatcher(folders);
        session.Rebuild([]);
        DevServer server;
        try
        {
            server = await DevServer.StartAsync(session.State, serve.Port, token);
        }
        catch (IOException e)
        {
            error.WriteLine($"hubwatch: cannot serve on 127.0.0.1:{serve.Port}: {e.Message.TrimEnd('.')}; choose another port with --port");
            return ExitCodes.UsageOrInternal;
        }

        await using var running = server;
        var address = new Uri(server.Address, session.State.Current.BasePath);
        output.WriteLine($"Serving {address}");
        progress.Say($"Watching {string.Join(", ", folders.Select(f => Path.GetRelativePath(Directory.GetCurrentDirectory(), f).Replace('\\', '/') + "/"))}. Press Ctrl+C to stop.");
        onListening?.Invoke(address);

        using var stop = CancellationTokenSource.CreateLinkedTokenSource(token, server.Stopping);
        try
        {
            var generation = GC.MaxGeneration;
            while (true)
            {
                var next = watcher.NextBatchAsync(Quiet, stop.Token);
                if (await Task.WhenAny(next, Task.Delay(Idle, stop.Token)) != next && !stop.IsCancellationRequested)
                {
                    CollectWhileIdle(generation);
                    generation = 1;
                }

                var changed = await next;
                try
                {
                    session.Rebuild(changed);
                }
                catch (Exception e) when (e is IOException or UnauthorizedAccessException)
                {
                    // A file can vanish or be locked half-way through an editor's save; the next change brings a rebuild.
                    error.WriteLine($"hubwatch: {e.Message}; still serving the last good build.");
                }
            }
        }
        catch (OperationCanceledException)
        {
            // Ctrl+C or the caller's token: stop serving.
        }

        progress.Say("Stopped.");
        return ExitCodes.Ok;
    }

    /// <summary>
    /// Collects while the editor is not saving, so that the next save's rebuild does not stop half-way for a
    /// collection. At 10,000 records a rebuild allocates 10–15 MB; left to itself the collector stopped every third to
    /// fifth rebuild for 70–150 ms, while a collection right after a rebuild takes 5–20 ms (bench/RESULTS.md, "`serve`
    /// at 10,000 records"). After the first build everything is collected and compacted: the build's own garbage.
    /// </summary>
    private static void CollectWhileIdle(int generation) =>
        GC.Collect(generation, GCCollectionMode.Forced, blocking: true, compacting: generation == GC.MaxGeneration);
}
