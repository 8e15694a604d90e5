using System.Collections.Frozen;
using Hubwatch.Content;
using Scriban;

namespace Hubwatch.Loading;

/// <summary>Everything the renderer needs from <c>templates/</c>, already parsed: layouts, pages, partials, assets and interface text.</summary>
public sealed record TemplateSet(
    FrozenDictionary<string, Template> Templates,
    FrozenDictionary<string, string> Sources,
    FrozenDictionary<string, byte[]> Assets,
    Strings Strings,
    FrozenDictionary<string, object> StringTrees);
