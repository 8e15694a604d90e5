using System.Collections.Concurrent;
using System.Security.Cryptography;
using System.Text.Json;
using Hubwatch.Model;
using Hubwatch.Model.Views;

namespace Hubwatch.Rendering;

/// <summary>
/// Rendered pages from the previous build of a serve session, so a rebuild renders only the pages whose
/// input changed. Rendering is a pure function of the page model, its layout view and the templates,
/// so a page whose model and layout serialise to the same bytes as last time renders to the same
/// HTML. The fingerprint is a hash of that serialisation: much cheaper than running the templates.
/// The cache empties itself when the templates change.
/// </summary>
public sealed class RenderCache
{
    private static readonly JsonSerializerOptions Fingerprinting = new() { IncludeFields = true };

    private readonly ConcurrentDictionary<string, (byte[] Fingerprint, byte[] Html)> _pages = new(StringComparer.Ordinal);
    private TemplateSet? _templates;
    private string? _basePath;
    private int _rendered;
    private int _reused;

    /// <summary>Pages rendered by the last build.</summary>
    public int Rendered => _rendered;

    /// <summary>Pages of the last build whose HTML was reused.</summary>
    public int Reused => _reused;

    /// <summary>Starts a build with these templates and base path; anything rendered with others is dropped.</summary>
    public void Begin(TemplateSet templates, string basePath)
    {
        if (!ReferenceEquals(templates, _templates) || basePath != _basePath)
        {
            _pages.Clear();
            _templates = templates;
            _basePath = basePath;
        }

        _rendered = 0;
        _reused = 0;
    }

    /// <summary>The page's HTML: from the cache when its fingerprint is unchanged, otherwise from <paramref name="render"/>.</summary>
    public byte[]? GetOrRender(string path, PageModel page, LayoutView layout, Func<byte[]?> render)
    {
        var fingerprint = SHA256.HashData(JsonSerializer.SerializeToUtf8Bytes(new { page, layout }, Fingerprinting));
        if (_pages.TryGetValue(path, out var cached) && cached.Fingerprint.AsSpan().SequenceEqual(fingerprint))
        {
            Interlocked.Increment(ref _reused);
            return cached.Html;
        }

        Interlocked.Increment(ref _rendered);
        var html = render();
        if (html is null)
        {
            _pages.TryRemove(path, out _);
        }
        else
        {
            _pages[path] = (fingerprint, html);
        }

        return html;
    }
}
