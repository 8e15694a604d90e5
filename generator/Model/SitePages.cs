using System.Collections.Immutable;
using Hubwatch.Content;
using Hubwatch.Model.OpenData;
using Hubwatch.Model.Views;

namespace Hubwatch.Model;

/// <summary>
/// Every page of the site with the way to build its model, none built yet: the record and index pages of both
/// languages, the search and data pages, and the 404 page. A page's model is built when the page is rendered and
/// dropped after, rather than all held at once (at 10,000 funding figures the views of both editions took hundreds
/// of megabytes), and serve builds only the pages that are requested.
/// </summary>
public sealed class SitePages
{
    /// <param name="records">The records' own pages (<see cref="RecordPages.Of"/>); <c>serve</c> passes those it kept for unchanged records.</param>
    public SitePages(SiteModel site, Strings strings, RecordPages? records = null)
    {
        records ??= RecordPages.Of(site.Index.Content, strings);

        // Tables are built once, when the first page or file that needs them is produced.
        Tables = new Lazy<IReadOnlyList<ExportTable>>(() => new OpenDataBuilder(site).Tables(), LazyThreadSafetyMode.ExecutionAndPublication);
        // Added to one list, not chained through iterators: a rebuild walks the 33,000 plans of a large site once.
        var pages = ImmutableArray.CreateBuilder<PagePlan>(2 * (records.Count + 1));
        var totals = new List<(string Path, Func<NarrowTotalsView> Totals)>();
        foreach (var language in LanguageExtensions.All)
        {
            // One builder plans an edition's pages and the totals of its lists' narrowing choices, which share its forms.
            var builder = new PageBuilder(site, strings, language);
            pages.AddRange(builder.Plan(records));
            totals.AddRange(builder.NarrowTotalLists().Select(l => (UrlScheme.LanguagePrefix(language) + l.Route + PageBuilder.NarrowTotalsFile, l.Totals)));
            pages.Add(new PagePlan(Routes.Search, language, rendered => new SearchPageBuilder(rendered, strings, language).Build()));
            pages.Add(new PagePlan(Routes.Data, language, rendered => new DataPageBuilder(rendered, strings, language).Build(Tables.Value)));
        }

        Pages = pages.DrainToImmutable();
        NarrowTotals = totals;
        NotFound = new PagePlan("404", Language.Ko, rendered => new PageBuilder(rendered, strings, Language.Ko).NotFound());
    }

    /// <summary>The pages of both editions, the search and data pages included; not the 404 page.</summary>
    public ImmutableArray<PagePlan> Pages { get; }

    /// <summary>The not-found page, written once at the site root.</summary>
    public PagePlan NotFound { get; }

    /// <summary>The totals of the narrowing choices of every list that may be narrowed, by the path of their file, each worked out when asked for.</summary>
    public IReadOnlyList<(string Path, Func<NarrowTotalsView> Totals)> NarrowTotals { get; }

    /// <summary>The open data tables, built when first asked for.</summary>
    public Lazy<IReadOnlyList<ExportTable>> Tables { get; }
}
