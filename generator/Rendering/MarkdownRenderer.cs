using Markdig;
using Markdig.Renderers;

namespace Hubwatch.Rendering;

/// <summary>
/// Editor Markdown to HTML. Raw HTML is disabled (Markdig escapes it), links to site paths get the
/// base path, and only http, https and mailto links leave the site; anything else (javascript:) is dropped.
/// </summary>
public sealed class MarkdownRenderer(string basePath)
{
    private static readonly MarkdownPipeline Pipeline = new MarkdownPipelineBuilder()
        .DisableHtml()
        .UsePipeTables()
        .UseEmphasisExtras()
        .Build();

    public string ToHtml(string markdown)
    {
        using var writer = new StringWriter();
        var renderer = new HtmlRenderer(writer) { LinkRewriter = Rewrite };
        Pipeline.Setup(renderer);
        renderer.Render(Markdown.Parse(markdown, Pipeline));
        writer.Flush();
        return writer.ToString();
    }

    private string Rewrite(string link)
    {
        if (link.StartsWith('#'))
        {
            return link;
        }

        if (link.StartsWith('/') && !link.StartsWith("//", StringComparison.Ordinal))
        {
            return basePath + link.TrimStart('/');
        }

        return Uri.TryCreate(link, UriKind.Absolute, out var uri) && uri.Scheme is "http" or "https" or "mailto" ? link : "#";
    }
}
