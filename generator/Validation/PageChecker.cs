using Hubwatch.Content;
using Hubwatch.Diagnostics;

namespace Hubwatch.Validation;

/// <summary>Free pages come in pairs: each Korean page needs its English twin and the other way round.</summary>
public static class PageChecker
{
    public static void Check(ContentSet content, DiagnosticBag bag)
    {
        foreach (var page in content.Pages)
        {
            var other = page.Language.Other();
            if (!content.Pages.Any(p => p.Id == page.Id && p.Language == other))
            {
                bag.Error(page.Where, $"page '{page.Id}' has no {other.Code()} version", $"add content/pages/{page.Id}.{other.Code()}.md");
            }
        }
    }
}
