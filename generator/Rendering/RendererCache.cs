namespace Hubwatch.Rendering;

/// <summary>
/// The page renderer of a serve session, made again only when the templates or the base path change. Its setup
/// (the functions of <c>macros.html</c>, the interface text, the member accessors Scriban builds by reflection)
/// is then done once per session rather than on every rebuild.
/// </summary>
public sealed class RendererCache
{
    private readonly Lock _gate = new();
    private (TemplateSet Templates, string BasePath, PageRenderer Renderer)? _current;

    /// <summary>The renderer for these templates and base path.</summary>
    public PageRenderer For(TemplateSet templates, string basePath)
    {
        lock (_gate)
        {
            if (_current is not { } current || !ReferenceEquals(current.Templates, templates) || current.BasePath != basePath)
            {
                current = (templates, basePath, new PageRenderer(templates, new MarkdownRenderer(basePath)));
                _current = current;
            }

            return current.Renderer;
        }
    }
}
