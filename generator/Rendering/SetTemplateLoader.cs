using Hubwatch.Loading;
using Scriban.Parsing;
using Scriban.Runtime;
using Scriban.Syntax;
using Scriban;

namespace Hubwatch.Rendering;

/// <summary>Serves <c>include</c> from the already-loaded template set, never from disk.</summary>
internal sealed class SetTemplateLoader(TemplateSet templates) : ITemplateLoader
{
    public string GetPath(TemplateContext context, SourceSpan callerSpan, string templateName) => templateName;

    public string Load(TemplateContext context, SourceSpan callerSpan, string templatePath) =>
        templates.Sources.TryGetValue(templatePath, out var text)
            ? text
            : throw new ScriptRuntimeException(callerSpan, $"no template '{templatePath}.html'");

    public ValueTask<string?> LoadAsync(TemplateContext context, SourceSpan callerSpan, string templatePath) =>
        ValueTask.FromResult<string?>(Load(context, callerSpan, templatePath));
}
