using Hubwatch.Loading;
using Hubwatch.Rendering;

namespace Hubwatch.Cli;

/// <summary>
/// What a serve session keeps between rebuilds: files already read (content, seeds, templates) and the page
/// renderer for the current templates. Validation and the site model always run whole, so cross-record
/// checks and totals are never stale; pages are rendered when they are requested.
/// </summary>
public sealed class BuildCache
{
    public FileCache Files { get; } = new();

    public RendererCache Renderers { get; } = new();

    /// <summary>The history of the last build; read again only when the commit checked out changes.</summary>
    public History.SiteHistory? History { get; set; }
}
