using Hubwatch.Content;
using Hubwatch.Diagnostics;

namespace Hubwatch.Validation;

/// <summary>Runs every checker over a content set; all problems land in one bag.</summary>
public static class ContentValidator
{
    public static ContentIndex Validate(ContentSet content, DiagnosticBag bag)
    {
        var index = new ContentIndex(content);
        IdChecker.Check(content, bag);
        ReferenceChecker.Check(index, bag);
        CitationChecker.Check(index, bag);
        SourcingChecker.Check(content, bag);
        FundingChecker.Check(index, bag);
        PageChecker.Check(content, bag);

        // These warnings judge the content as a whole. While it has errors, a record that failed to load
        // or a broken reference would show up here again as a false alarm, so they wait for clean content.
        if (!bag.HasErrors)
        {
            PartnerUsageChecker.Check(index, bag);
            SeedMentionChecker.Check(index, bag);
        }

        return index;
    }
}
