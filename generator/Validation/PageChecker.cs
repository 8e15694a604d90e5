using System.Collections.Immutable;
using Hubwatch.Content;
using Hubwatch.Diagnostics;

namespace Hubwatch.Validation;

/// <summary>Free pages come in pairs: each Korean page needs its English twin and the other way round.</summary>
public static class PageChecker
{
    public static ImmutableArray<Diagnostic> Check(ImmutableArray<TextPage> pages) => DiagnosticBag.Collect(bag =>
    {
        foreach (var page in pages)
        {
            var other = page.Language.Other();
            if (!pages.Any(p => p.Id == page.Id && p.Language == other))
            {
                bag.Error(page.Where, $"page '{page.Id}' has no {other.Code()} version", $"add content/pages/{page.Id}.{other.Code()}.md");
            }
        }
    });
}
