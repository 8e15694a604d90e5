using System.Collections.Concurrent;
using System.Security.Cryptography;
using System.Buffers;
using System.Text.Encodings.Web;
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
    // Relaxed escaping: the JSON is only hashed, never shown, and escaping every Hangul syllable as \uXXXX triples its size.
    private static readonly JsonSerializerOptions Fingerprinting = new() { IncludeFields = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

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

    /// <summary>A hash of everything the page's HTML is rendered from, serialised without keeping the serialisation.</summary>
    private static byte[] Fingerprint(PageModel page, LayoutView layout)
    {
        using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        using (var writer = new Utf8JsonWriter(new HashingBuffer(hash)))
        {
            JsonSerializer.Serialize(writer, new { page, layout }, Fingerprinting);
        }

        return hash.GetHashAndReset();
    }

    /// <summary>The page's HTML: from the cache when its fingerprint is unchanged, otherwise from <paramref name="render"/>.</summary>
    public byte[]? GetOrRender(string path, PageModel page, LayoutView layout, Func<byte[]?> render)
    {
        var fingerprint = Fingerprint(page, layout);
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

    /// <summary>A buffer writer that feeds what is written to a hash instead of keeping it.</summary>
    private sealed class HashingBuffer(IncrementalHash hash) : IBufferWriter<byte>
    {
        private byte[] _buffer = new byte[4096];

        public void Advance(int count) => hash.AppendData(_buffer, 0, count);

        public Memory<byte> GetMemory(int sizeHint = 0) => Ensure(sizeHint);

        public Span<byte> GetSpan(int sizeHint = 0) => Ensure(sizeHint).Span;

        private Memory<byte> Ensure(int sizeHint)
        {
            if (sizeHint > _buffer.Length)
            {
                _buffer = new byte[Math.Max(sizeHint, _buffer.Length * 2)];
            }

            return _buffer;
        }
    }
}
