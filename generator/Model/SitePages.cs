using System.Collections.Immutable;
using Hubwatch.Content;
using Hubwatch.Model.OpenData;

namespace Hubwatch.Model;

/// <summary>
/// Every page of the site with the way to build its model, none built yet: the record and index pages of both
/// languages, the search and data pages, and the 404 page. A page's model is built when the page is rendered and
/// dropped after, rather than all held at once (at 10,000 funding figures the views of both editions took hundreds
/// of megabytes), and serve builds only the pages that are requested.
/// </summary>
public sealed class SitePages
{
    public SitePages(SiteModel site, Strings strings)
    {
        // Tables are built once, when the first page or file that needs them is produced.
        Tables = new Lazy<IReadOnlyList<ExportTable>>(() => new OpenDataBuilder(site).Tables(), LazyThreadSafetyMode.ExecutionAndPublication);
        Pages =
        [
            .. LanguageExtensions.All.SelectMany(language => new PageBuilder(site, strings, language).Plan()
                .Append(new PagePlan(Routes.Search, language, () => new SearchPageBuilder(site, strings, language).Build()))
                .Append(new PagePlan(Routes.Data, language, () => new DataPageBuilder(site, strings, language).Build(Tables.Value)))),
        ];
        NotFound = new PagePlan("404", Language.Ko, () => new PageBuilder(site, strings, Language.Ko).NotFound());
    }

    /// <summary>The pages of both editions, the search and data pages included; not the 404 page.</summary>
    public ImmutableArray<PagePlan> Pages { get; }

    /// <summary>The not-found page, written once at the site root.</summary>
    public PagePlan NotFound { get; }

    /// <summary>The open data tables, built when first asked for.</summary>
    public Lazy<IReadOnlyList<ExportTable>> Tables { get; }
}
