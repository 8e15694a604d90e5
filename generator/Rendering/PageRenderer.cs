using System.Globalization;
using Hubwatch.Diagnostics;
using Hubwatch.Model;
using Hubwatch.Model.Views;
using Scriban;
using Scriban.Runtime;
using Scriban.Syntax;

namespace Hubwatch.Rendering;

/// <summary>
/// Renders one page: its template, then the layout around it. Reads no files, clock or environment,
/// so the same page model always gives the same HTML.
/// </summary>
public sealed class PageRenderer(TemplateSet templates, MarkdownRenderer markdown)
{
    /// <summary>The page's HTML, or null after reporting a template error with the template's file and line.</summary>
    public string? Render(PageModel page, LayoutView layout, DiagnosticBag bag)
    {
        var body = Run(page.Template, page, layout, null, bag);
        return body is null ? null : Run("layout", page, layout, new TrustedHtml(body), bag);
    }

    private string? Run(string name, PageModel page, LayoutView layout, TrustedHtml? content, DiagnosticBag bag)
    {
        if (!templates.Templates.TryGetValue(name, out var template))
        {
            bag.Error(SourceLocation.File("templates/" + name + ".html"), $"template '{name}.html' is missing", $"page {page.Route} needs it");
            return null;
        }

        var globals = new ScriptObject
        {
            ["page"] = page,
            ["view"] = page.View,
            ["layout"] = layout,
            ["notes"] = page.Notes,
            ["t"] = ToScriptObject((IDictionary<string, object>)templates.StringTrees[layout.Lang]),
        };
        globals.Import("fmt", new Func<string, object, string>((format, a) => string.Format(CultureInfo.InvariantCulture, format, a)));
        globals.Import("fmt2", new Func<string, object, object, string>((format, a, b) => string.Format(CultureInfo.InvariantCulture, format, a, b)));
        if (content is not null)
        {
            globals["content"] = content;
        }

        var context = new HtmlTemplateContext(markdown)
        {
            MemberRenamer = StandardMemberRenamer.Default,
            StrictVariables = true,
            TemplateLoader = new SetTemplateLoader(templates),

            // Scriban's defaults guard against hostile templates (1000 loop iterations, 1 MB of output);
            // ours come from the repository, and a corpus of thousands of records needs more than that.
            LoopLimit = 0,
            OutputLimit = 0,
            LimitToString = 0,
        };
        context.PushGlobal(globals);
        try
        {
            // Shared markup is defined as functions in macros.html; evaluating it first makes them callable.
            if (templates.Templates.TryGetValue("macros", out var macros))
            {
                context.PushOutput();
                macros.Render(context);
                context.PopOutput();
            }

            return template.Render(context);
        }
        catch (ScriptRuntimeException e)
        {
            var span = e.Span;
            bag.Error(new SourceLocation(span.FileName ?? $"templates/{name}.html", span.Start.Line + 1, span.Start.Column + 1), "template: " + e.OriginalMessage, $"while rendering {page.Language.ToString().ToLowerInvariant()} page '{page.Route}'");
            return null;
        }
    }

    private static ScriptObject ToScriptObject(IDictionary<string, object> tree)
    {
        var result = new ScriptObject();
        foreach (var (key, value) in tree)
        {
            result[key] = value is IDictionary<string, object> child ? ToScriptObject(child) : value;
        }

        return result;
    }
}
