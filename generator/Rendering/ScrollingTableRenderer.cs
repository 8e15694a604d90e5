using Markdig.Extensions.Tables;
using Markdig.Renderers;
using Markdig.Renderers.Html;

namespace Hubwatch.Rendering;

/// <summary>
/// Renders a Markdown table inside a box that scrolls sideways on its own, as the funding tables do, so a
/// wide table never makes a phone-sized page scroll. The box takes keyboard focus so it can be scrolled
/// without a mouse.
/// </summary>
internal sealed class ScrollingTableRenderer(HtmlTableRenderer table) : HtmlObjectRenderer<Table>
{
    protected override void Write(HtmlRenderer renderer, Table obj)
    {
        renderer.EnsureLine();
        renderer.WriteLine("<div class=\"table-scroll\" tabindex=\"0\">");
        ((IMarkdownObjectRenderer)table).Write(renderer, obj);
        renderer.EnsureLine();
        renderer.WriteLine("</div>");
    }
}
