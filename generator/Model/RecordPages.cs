using System.Collections.Immutable;
using Hubwatch.Content;

namespace Hubwatch.Model;

/// <summary>
/// The page of every record in both languages, in the records' order. A record's plans hold the record, its route and
/// its history key, and build the page from the site they are rendered from, so <c>serve</c> keeps them while the
/// record is the same instance: at 10,000 figures a rebuild would otherwise plan 31,000 record pages again.
/// </summary>
public sealed record RecordPages(
    ImmutableArray<RecordPages.Pair> Hubs,
    ImmutableArray<RecordPages.Pair> Partners,
    ImmutableArray<RecordPages.Pair> Funding,
    ImmutableArray<RecordPages.Pair> Programs,
    ImmutableArray<RecordPages.Pair> Agreements,
    ImmutableArray<RecordPages.Pair> Seeds)
{
    /// <summary>Every record's pages planned anew.</summary>
    public static RecordPages Of(ContentSet content, Strings strings) => new(
        [.. content.Hubs.Select(hub => PageBuilder.Plans(hub, strings))],
        [.. content.Partners.Select(partner => PageBuilder.Plans(partner, strings))],
        [.. content.Funding.Select(funding => PageBuilder.Plans(funding, strings))],
        [.. content.Programs.Select(program => PageBuilder.Plans(program, strings))],
        [.. content.Agreements.Select(agreement => PageBuilder.Plans(agreement, strings))],
        [.. content.Seeds.Select(seed => PageBuilder.Plans(seed, strings))]);

    /// <summary>How many records have pages (each in both languages).</summary>
    public int Count => Hubs.Length + Partners.Length + Funding.Length + Programs.Length + Agreements.Length + Seeds.Length;

    /// <summary>A record's page in each language.</summary>
    public sealed record Pair(PagePlan Ko, PagePlan En)
    {
        public PagePlan For(Language language) => language == Language.Ko ? Ko : En;
    }
}
