using System.Collections.Concurrent;
using System.Text.Encodings.Web;
using System.Text.Unicode;
using Hubwatch.Model.Views;
using Scriban;
using Scriban.Parsing;
using Scriban.Runtime;

namespace Hubwatch.Rendering;

/// <summary>
/// A template context that HTML-escapes every value a template writes. Only <see cref="TrustedHtml"/>
/// (the generator's own output) passes through, and <see cref="MarkdownText"/> is rendered and sanitised first,
/// its Korean marked as Korean when <paramref name="markKorean"/> (the page is English).
/// </summary>
internal sealed class HtmlTemplateContext(ScriptObject builtins, MarkdownRenderer markdown, ConcurrentDictionary<Type, IObjectAccessor> accessors, bool markKorean)
    : TemplateContext(builtins)
{
    /// <summary>Escapes markup characters and leaves Korean and other text as it is, so pages stay readable as source.</summary>
    internal static readonly HtmlEncoder Encoder = HtmlEncoder.Create(UnicodeRanges.All);

    public override TemplateContext Write(SourceSpan span, object? textAsObject) => textAsObject switch
    {
        null => this,
        TrustedHtml html => base.Write(span, html.Html),
        MarkdownText text => base.Write(span, markdown.ToHtml(text.Source, text.HeadingOffset, markKorean)),
        _ => base.Write(span, Encoder.Encode(ObjectToString(textAsObject) ?? "")),
    };

    public override ValueTask<TemplateContext> WriteAsync(SourceSpan span, object? textAsObject) =>
        ValueTask.FromResult(Write(span, textAsObject));

    /// <summary>
    /// Scriban builds a member accessor per type by reflection, and caches it per context; the renderer makes a
    /// context per page, so the accessors are cached across pages instead. They only read, so threads can share them.
    /// </summary>
    protected override IObjectAccessor GetMemberAccessorImpl(object target)
    {
        var type = target.GetType();
        if (accessors.TryGetValue(type, out var accessor))
        {
            return accessor;
        }

        accessor = base.GetMemberAccessorImpl(target);
        return accessor is null ? accessor! : accessors.GetOrAdd(type, accessor);
    }
}
