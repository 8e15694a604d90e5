using System.Collections.Concurrent;
using System.Security.Cryptography;
using System.Buffers;
using System.Text.Encodings.Web;
using System.Text.Json;
using Hubwatch.Model;
using Hubwatch.Model.Views;

namespace Hubwatch.Rendering;

/// <summary>
/// Rendered pages from earlier builds of a serve session, so a rebuild renders only the pages whose
/// input changed. Rendering is a pure function of the page model, its layout view and the templates,
/// so a page whose model and layout serialise to the same bytes as last time renders to the same
/// HTML. The fingerprint is a hash of that serialisation: much cheaper than running the templates.
/// An entry remembers the templates and base path it was rendered with and is used only with the same.
/// </summary>
public sealed class RenderCache
{
    // Relaxed escaping: the JSON is only hashed, never shown, and escaping every Hangul syllable as \uXXXX triples its size.
    private static readonly JsonSerializerOptions Fingerprinting = new() { IncludeFields = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    private readonly ConcurrentDictionary<string, Entry> _pages = new(StringComparer.Ordinal);
    private Generation? _current;
    private int _rendered;
    private int _reused;

    /// <summary>Pages rendered since the last <see cref="Begin"/>.</summary>
    public int Rendered => _rendered;

    /// <summary>Pages whose HTML was reused since the last <see cref="Begin"/>.</summary>
    public int Reused => _reused;

    /// <summary>Starts a build with these templates and base path; pages rendered with others are dropped.</summary>
    public Generation Begin(TemplateSet templates, string basePath)
    {
        if (_current is null || !ReferenceEquals(templates, _current.Templates) || basePath != _current.BasePath)
        {
            _pages.Clear();
            _current = new Generation(this, templates, basePath);
        }

        _rendered = 0;
        _reused = 0;
        return _current;
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

    /// <summary>The cache as seen by builds with one set of templates and one base path.</summary>
    public sealed class Generation(RenderCache cache, TemplateSet templates, string basePath)
    {
        internal TemplateSet Templates => templates;

        internal string BasePath => basePath;

        /// <summary>The page's HTML: from the cache when its fingerprint is unchanged, otherwise from <paramref name="render"/>.</summary>
        public byte[]? GetOrRender(string path, PageModel page, LayoutView layout, Func<byte[]?> render)
        {
            var fingerprint = Fingerprint(page, layout);
            if (cache._pages.TryGetValue(path, out var cached) && cached.Generation == this && cached.Fingerprint.AsSpan().SequenceEqual(fingerprint))
            {
                Interlocked.Increment(ref cache._reused);
                return cached.Html;
            }

            Interlocked.Increment(ref cache._rendered);
            var html = render();
            if (html is null)
            {
                cache._pages.TryRemove(path, out _);
            }
            else
            {
                cache._pages[path] = new Entry(this, fingerprint, html);
            }

            return html;
        }
    }

    private sealed record Entry(Generation Generation, byte[] Fingerprint, byte[] Html);

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
