using System.Text;
using Markdig;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;

namespace Hubwatch.Model;

/// <summary>
/// A page's meta description: the snippet a search engine shows under the page's title. A results page shows about
/// 160 characters, so a longer text keeps its whole sentences that fit in <see cref="MaxLength"/>; a first sentence
/// longer than that is cut at a space and ends with "…". Runs of whitespace become one space.
/// </summary>
public static class MetaDescription
{
    public const int MaxLength = 160;

    // Editors' Markdown is read as plain text, as the search index reads it.
    private static readonly MarkdownPipeline Markdown = new MarkdownPipelineBuilder().DisableHtml().UsePipeTables().UseEmphasisExtras().Build();

    public static string Of(string text, int maxLength = MaxLength)
    {
        var squeezed = string.Join(' ', text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
        if (squeezed.Length <= maxLength)
        {
            return squeezed;
        }

        // The end of the last sentence that fits: a full stop, question or exclamation mark followed by a space.
        for (var end = maxLength; end > 0; end--)
        {
            if (squeezed[end] == ' ' && squeezed[end - 1] is '.' or '!' or '?' or '。')
            {
                return squeezed[..end];
            }
        }

        var space = squeezed.LastIndexOf(' ', maxLength - 1);
        return (space > 0 ? squeezed[..space] : squeezed[..(maxLength - 1)]).TrimEnd(',', ';', ':', '·') + "…";
    }

    /// <summary>The text of a Markdown body's first paragraph, or null when it has none.</summary>
    public static string? FirstParagraph(string markdown)
    {
        var paragraph = Markdig.Markdown.Parse(markdown, Markdown).Descendants<ParagraphBlock>().FirstOrDefault();
        if (paragraph?.Inline is null)
        {
            return null;
        }

        var text = new StringBuilder();
        foreach (var inline in paragraph.Inline.Descendants())
        {
            text.Append(inline switch
            {
                LiteralInline literal => literal.Content.ToString(),
                CodeInline code => code.Content,
                LineBreakInline => " ",
                _ => "",
            });
        }

        return text.Length == 0 ? null : text.ToString();
    }
}
