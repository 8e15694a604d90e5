using System.Runtime.ExceptionServices;
using Hubwatch.Content;
using Hubwatch.Diagnostics;

namespace Hubwatch.Validation;

/// <summary>Runs every checker over a content set; all problems land in one bag.</summary>
/// <remarks>
/// The checkers read the content and only add to the bag (which takes additions from any thread), and
/// diagnostics are sorted before anyone sees them, so independent checkers run side by side.
/// </remarks>
public static class ContentValidator
{
    public static ContentIndex Validate(ContentSet content, DiagnosticBag bag)
    {
        // Checkers that need no index start while it is built.
        var withoutIndex = Task.Run(() =>
        {
            IdChecker.Check(content, bag);
            SourcingChecker.Check(content, bag);
            PageChecker.Check(content, bag);
        });
        var index = new ContentIndex(content);
        RunSideBySide(
            () => withoutIndex.GetAwaiter().GetResult(),
            () => ReferenceChecker.Check(index, bag),
            () => CitationChecker.Check(index, bag),
            () => FundingChecker.Check(index, bag),
            () => bag.AddRange(GroundingChecker.Check(content)));

        // These judge the content as a whole. While it has errors, a record that failed to load or a broken
        // reference would show up here again as a false alarm (a name no longer linked), so they wait for clean content.
        if (!bag.HasErrors)
        {
            RunSideBySide(
                () => bag.AddRange(NameChecker.Check(content)),
                () => PartnerUsageChecker.Check(index, bag),
                () => SeedMentionChecker.Check(index, bag));
        }

        return index;
    }

    /// <summary>Runs the checkers in parallel; if any fail, the failure of the first in the list is thrown as it was.</summary>
    private static void RunSideBySide(params Action[] checkers)
    {
        var failures = new Exception?[checkers.Length];
        Parallel.For(0, checkers.Length, i =>
        {
            try
            {
                checkers[i]();
            }
            catch (Exception failure)
            {
                failures[i] = failure;
            }
        });

        if (failures.FirstOrDefault(f => f is not null) is { } first)
        {
            ExceptionDispatchInfo.Capture(first).Throw();
        }
    }
}
