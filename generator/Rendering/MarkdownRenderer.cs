using Markdig;
using Markdig.Extensions.EmphasisExtras;
using Markdig.Extensions.Tables;
using Markdig.Renderers;
using Markdig.Renderers.Html;
using Markdig.Renderers.Html.Inlines;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;

namespace Hubwatch.Rendering;

/// <summary>
/// Editor Markdown to HTML. Raw HTML is disabled (Markdig escapes it), links to site paths get the
/// base path, paths relative to the page stay as written, and only http, https and mailto links leave the site;
/// anything else (javascript:) is dropped.
/// Links that leave the site carry <c>rel="noopener noreferrer"</c>; tables scroll inside their own box.
/// </summary>
public sealed class MarkdownRenderer(string basePath)
{
    private const string ExternalRel = "noopener noreferrer";

    private static readonly MarkdownPipeline Pipeline = new MarkdownPipelineBuilder()
        .DisableHtml()
        .UsePipeTables()
        // Only ~~strikethrough~~: Korean writes ranges with a single tilde (2022년 7월~2023년 12월), which the other
        // extras would turn into subscript.
        .UseEmphasisExtras(EmphasisExtraOptions.Strikethrough)
        .Build();

    /// <param name="markKorean">Whether the text is English: its runs of Korean are then marked <c>lang="ko"</c>.</param>
    public string ToHtml(string markdown, int headingOffset = 0, bool markKorean = false)
    {
        using var writer = new StringWriter();
        var renderer = new HtmlRenderer(writer) { LinkRewriter = Rewrite };
        Pipeline.Setup(renderer);
        if (markKorean)
        {
            renderer.ObjectRenderers.Replace<LiteralInlineRenderer>(new KoreanRunsRenderer());
        }

        if (renderer.ObjectRenderers.Find<HtmlTableRenderer>() is { } tables)
        {
            renderer.ObjectRenderers.Replace<HtmlTableRenderer>(new ScrollingTableRenderer(tables));
        }

        var document = Markdown.Parse(markdown, Pipeline);
        foreach (var heading in document.Descendants<HeadingBlock>())
        {
            heading.Level = Math.Min(6, heading.Level + headingOffset);
        }

        foreach (var link in document.Descendants<LinkInline>().Where(l => !l.IsImage && IsExternal(l.Url)))
        {
            link.GetAttributes().AddProperty("rel", ExternalRel);
        }

        foreach (var link in document.Descendants<AutolinkInline>().Where(l => !l.IsEmail && IsExternal(l.Url)))
        {
            link.GetAttributes().AddProperty("rel", ExternalRel);
        }

        // Code in an English text is written as the sources write it (14.1억원): Korean when it holds Korean.
        foreach (var code in document.Descendants<CodeInline>().Where(c => markKorean && KoreanRuns.Pattern().IsMatch(c.Content)))
        {
            code.GetAttributes().AddProperty("lang", "ko");
        }

        renderer.Render(document);
        writer.Flush();
        return writer.ToString();
    }

    /// <summary>Text of an English page, each run of Korean in it (a quoted term, a name's gloss) marked as Korean.</summary>
    private sealed class KoreanRunsRenderer : HtmlObjectRenderer<LiteralInline>
    {
        protected override void Write(HtmlRenderer renderer, LiteralInline obj) =>
            KoreanRuns.Write(obj.Content.ToString(), text => renderer.WriteEscape(text), html => renderer.Write(html));
    }

    /// <summary>
    /// A path relative to the page and nothing else: no scheme (no colon at all, so no <c>java&#9;script:</c> either),
    /// no host (<c>//</c>, or a backslash, which browsers read as a slash) and no white space or control character.
    /// </summary>
    private static bool IsRelativePath(string link) =>
        link.Length > 0 && !link.StartsWith('/') && !link.Any(c => c is ':' or '\\' || char.IsWhiteSpace(c) || char.IsControl(c));

    private static bool IsExternal(string? link) =>
        Uri.TryCreate(link, UriKind.Absolute, out var uri) && uri.Scheme is "http" or "https";

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

        if (IsRelativePath(link))
        {
            // A path from the page (../method/): the browser resolves it from the page, as the link check did when it
            // found the page it lands on. It was sent nowhere, though check had passed it.
            return link;
        }

        return Uri.TryCreate(link, UriKind.Absolute, out var uri) && uri.Scheme is "http" or "https" or "mailto" ? link : "#";
    }
}
