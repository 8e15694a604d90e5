using Markdig;
using Markdig.Renderers;
using Markdig.Syntax;

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

    public string ToHtml(string markdown, int headingOffset = 0)
    {
        using var writer = new StringWriter();
        var renderer = new HtmlRenderer(writer) { LinkRewriter = Rewrite };
        Pipeline.Setup(renderer);
        var document = Markdown.Parse(markdown, Pipeline);
        foreach (var heading in document.Descendants<HeadingBlock>())
        {
            heading.Level = Math.Min(6, heading.Level + headingOffset);
        }

        renderer.Render(document);
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
