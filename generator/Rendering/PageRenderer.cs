using System.Collections.Concurrent;
using System.Collections.Frozen;
using System.Diagnostics.CodeAnalysis;
using System.Globalization;
using Hubwatch.Content;
using Hubwatch.Diagnostics;
using Hubwatch.Loading;
using Hubwatch.Model.Views;
using Hubwatch.Model;
using Scriban.Runtime;
using Scriban.Syntax;
using Scriban;

namespace Hubwatch.Rendering;

/// <summary>
/// Renders one page: its template, then the layout around it. Reads no files, clock or environment,
/// so the same page model always gives the same HTML.
/// </summary>
/// <remarks>
/// What every page shares is prepared once, not per page: the interface text, the helper functions and the
/// functions of <c>macros.html</c> live in one read-only global object per language; Scriban's built-in
/// functions and the member accessors it builds by reflection for each view type are shared by all pages.
/// Each page then needs one template context for its template and its layout. Made per page (two contexts,
/// each with its own built-ins, two evaluations of macros.html, two helper imports), this setup kept the
/// garbage collector and the finalizer thread busy for a large share of a big build (see bench/RESULTS.md).
/// </remarks>
public sealed class PageRenderer
{
    private readonly TemplateSet _templates;
    private readonly MarkdownRenderer _markdown;
    private readonly FrozenDictionary<Language, ScriptObject> _shared;
    private readonly ConcurrentDictionary<Type, IObjectAccessor> _accessors = new();

    // A template context otherwise makes its own set of Scriban's built-in functions, a few hundred wrapped
    // methods; made per page, they were a tenth of the build's CPU time, most of it in the finalizer thread.
    private readonly ScriptObject _builtins = TemplateContext.GetDefaultBuiltinObject();

    public PageRenderer(TemplateSet templates, MarkdownRenderer markdown)
    {
        _templates = templates;
        _markdown = markdown;
        _shared = LanguageExtensions.All.ToFrozenDictionary(language => language, Shared);
    }

    /// <summary>The page's HTML, or null after reporting a template error with the template's file and line.</summary>
    public string? Render(PageModel page, LayoutView layout, DiagnosticBag bag)
    {
        var globals = new ScriptObject
        {
            ["page"] = page,
            ["view"] = page.View,
            ["layout"] = layout,
            ["notes"] = page.Notes,
        };
        var context = NewContext(page.Language);
        context.PushGlobal(_shared[page.Language]);
        context.PushGlobal(globals);
        var body = Run(page.Template, page, context, bag);
        if (body is null)
        {
            return null;
        }

        globals["content"] = new TrustedHtml(body);
        return Run("layout", page, context, bag);
    }

    private string? Run(string name, PageModel page, TemplateContext context, DiagnosticBag bag)
    {
        if (!_templates.Templates.TryGetValue(name, out var template))
        {
            bag.Error(SourceLocation.File("templates/" + name + ".html"), $"template '{name}.html' is missing", $"page {page.Route} needs it");
            return null;
        }

        try
        {
            return template.Render(context);
        }
        catch (ScriptRuntimeException e)
        {
            var span = e.Span;
            bag.Error(new SourceLocation(span.FileName ?? $"templates/{name}.html", span.Start.Line + 1, span.Start.Column + 1), "template: " + e.OriginalMessage, $"while rendering {page.Language.ToString().ToLowerInvariant()} page '{page.Route}'");
            return null;
        }
    }

    /// <summary>A context for a page of <paramref name="language"/>: an English page marks the Korean in editors' Markdown as Korean.</summary>
    private HtmlTemplateContext NewContext(Language language) => new(_builtins, _markdown, _accessors, markKorean: language == Language.En)
    {
        MemberRenamer = StandardMemberRenamer.Default,
        StrictVariables = true,

        // Scriban's defaults are meant for untrusted templates: loops stop after 1,000 iterations, and a string
        // longer than 1 MiB is cut short (with "..." appended) when written, which also caps a page's output. Our
        // templates are the portal's own, and the funding index of a national portal has tens of thousands of rows
        // and a body of many megabytes. Zero turns both limits off.
        LoopLimit = 0,
        LimitToString = 0,
        TemplateLoader = new SetTemplateLoader(_templates),
    };

    /// <summary>The globals every page of a language shares: interface text, format helpers and the functions defined in macros.html.</summary>
    [UnconditionalSuppressMessage("Trimming", "IL2026", Justification = "Scriban reads each helper's parameters by reflection; compiled ahead of time, the generator's own code is kept whole (TrimMode partial in Hubwatch.csproj).")]
    private ScriptObject Shared(Language language)
    {
        var shared = new ScriptObject
        {
            ["t"] = ToScriptObject((IDictionary<string, object>)_templates.StringTrees[language.Code()]),
        };
        shared.Import("fmt", new Func<string, object, string>((format, a) => string.Format(CultureInfo.InvariantCulture, format, a)));
        shared.Import("fmt2", new Func<string, object, object, string>((format, a, b) => string.Format(CultureInfo.InvariantCulture, format, a, b)));
        // A count as digits grouped by thousands, the same in both languages ("30,000").
        shared.Import("num", new Func<long, string>(n => n.ToString("N0", CultureInfo.InvariantCulture)));
        // A count's wording by its key, in the singular when there is one ("Sum of 1 figure"): see Strings.ForCount.
        shared.Import("count", new Func<string, long, string>((key, n) => _templates.Strings.Count(language, key, n)));
        // Plain text that may quote the sources: on an English page, its runs of Korean marked as Korean (KoreanRuns).
        // It writes elements, so it is for an element's text only, never inside an attribute.
        shared.Import("korean", new Func<object?, object?>(text =>
            language == Language.En && text is string plain && KoreanRuns.Pattern().IsMatch(plain) ? new TrustedHtml(KoreanRuns.Html(plain, HtmlTemplateContext.Encoder)) : text));

        // Shared markup is defined as functions in macros.html; evaluating it once defines them in the shared object.
        if (_templates.Templates.TryGetValue("macros", out var macros))
        {
            var context = NewContext(language);
            context.PushGlobal(shared);
            macros.Render(context);
        }

        shared.IsReadOnly = true;
        return shared;
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
