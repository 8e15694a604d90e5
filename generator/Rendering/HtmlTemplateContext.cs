using System.Text.Encodings.Web;
using System.Text.Unicode;
using Hubwatch.Model.Views;
using Scriban;
using Scriban.Parsing;

namespace Hubwatch.Rendering;

/// <summary>
/// A template context that HTML-escapes every value a template writes. Only <see cref="TrustedHtml"/>
/// (the generator's own output) passes through, and <see cref="MarkdownText"/> is rendered and sanitised first.
/// </summary>
internal sealed class HtmlTemplateContext(MarkdownRenderer markdown) : TemplateContext
{
    // Escapes markup characters and leaves Korean and other text as it is, so pages stay readable as source.
    private static readonly HtmlEncoder Encoder = HtmlEncoder.Create(UnicodeRanges.All);

    public override TemplateContext Write(SourceSpan span, object? textAsObject) => textAsObject switch
    {
        null => this,
        TrustedHtml html => base.Write(span, html.Html),
        MarkdownText text => base.Write(span, markdown.ToHtml(text.Source, text.HeadingOffset)),
        _ => base.Write(span, Encoder.Encode(ObjectToString(textAsObject) ?? "")),
    };

    public override ValueTask<TemplateContext> WriteAsync(SourceSpan span, object? textAsObject) =>
        ValueTask.FromResult(Write(span, textAsObject));
}
