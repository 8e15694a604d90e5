using Hubwatch.Loading;
using Hubwatch.Rendering;

namespace Hubwatch.Cli;

/// <summary>
/// What a serve session keeps between rebuilds: files already read (content, seeds, templates) and pages
/// already rendered. Validation and the site model are cheap and always run whole, so cross-record
/// checks and totals are never stale.
/// </summary>
public sealed class BuildCache
{
    public FileCache Files { get; } = new();

    public RenderCache Pages { get; } = new();
}
