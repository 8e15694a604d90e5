using System.Collections.Immutable;
using System.Globalization;
using Hubwatch.Content;
using Hubwatch.Model.Views;

namespace Hubwatch.Model;

/// <summary>
/// Narrowing a list of figures by hub, kind of funder, stage and year together: the form a list of a few pages
/// carries (shown by <c>assets/narrow.js</c>), and the totals of every choice it offers, worked out here, by the
/// same rules as every total of the site, and written beside the list's first page for the script to show.
/// </summary>
public sealed partial class PageBuilder
{
    /// <summary>
    /// The most pages a list may have for the browser to narrow it: the script reads them all. At 30,000 figures a page
    /// of a hundred rows weighs 45–62 KB, 6–10 KB compressed, so ten pages cost about 100 KB; longer lists are narrowed
    /// by starting from one of their facets.
    /// </summary>
    public const int NarrowPages = 10;

    /// <summary>Whether a list of <paramref name="count"/> figures is short enough for the browser to narrow, and long enough to need it.</summary>
    private static bool MayNarrow(int count) => count >= 2 && Paging.PageCount(count) <= NarrowPages;

    /// <summary>On the list of every figure or a facet too long to narrow in the browser, the way to the overview's facets.</summary>
    private LinkView? NarrowFirst(int count) =>
        Paging.PageCount(count) > NarrowPages
            ? new LinkView(site.Urls.Page(Routes.Funding, language) + "#facets-heading", T("narrow.start_from_facets"))
            : null;

    /// <summary>
    /// The form that narrows the list at <paramref name="list"/> by every dimension but <paramref name="own"/> (the
    /// facet's, which all its rows share) in which its figures differ; null when the list is too long to read whole
    /// or has nothing to narrow by. The same for each page of the list but for the page it is on. <paramref name="title"/>
    /// is the list's, without the page number, for the heading of a narrowed list.
    /// </summary>
    private NarrowView? Narrow(string list, string title, ImmutableArray<Funding> figures, int number, string? own)
    {
        if (!MayNarrow(figures.Length))
        {
            return null;
        }

        var form = _narrowForms.GetOrAdd(list, _ => NarrowForm(list, title, figures, own));
        return form is null ? null : form with { Current = number };
    }

    private readonly System.Collections.Concurrent.ConcurrentDictionary<string, NarrowView?> _narrowForms = new(StringComparer.Ordinal);

    private NarrowView? NarrowForm(string list, string title, ImmutableArray<Funding> figures, string? own)
    {
        var selects = NarrowSelects(list, figures, own);
        if (selects.Length == 0)
        {
            return null;
        }

        var pages = Enumerable.Range(1, Paging.PageCount(figures.Length)).Select(n => site.Urls.Page(Paging.Route(list, n), language));
        var totals = site.Urls.Page(list, language) + NarrowTotalsFile + "?options=" + OptionsFingerprint(selects);
        return new NarrowView(selects, string.Join(' ', pages), 1, title, totals, site.Urls.Asset("narrow.js"));
    }

    /// <summary>
    /// A short fingerprint of the selects and their options, in order: the totals file keys a choice by the places of
    /// its options, so its address carries this, and a browser's cached copy written for other options is not used.
    /// </summary>
    private static string OptionsFingerprint(IEnumerable<NarrowSelectView> selects)
    {
        var options = string.Join('|', selects.Select(s => s.Name + "=" + string.Join(',', s.Options.Select(o => o.Key))));
        return Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(System.Text.Encoding.UTF8.GetBytes(options)))[..12];
    }

    /// <summary>
    /// A select for each dimension but <paramref name="own"/> in which choosing leaves out some of
    /// <paramref name="figures"/>, in the order of <see cref="FundingFacet.Dimensions"/>: worked out once for the list
    /// at <paramref name="list"/>, so that its form and the totals of its choices are of the same options.
    /// </summary>
    private NarrowSelectView[] NarrowSelects(string list, ImmutableArray<Funding> figures, string? own) =>
        _narrowSelects.GetOrAdd(list, _ =>
            [.. FundingFacet.Dimensions
                .Where(d => d != own)
                .Select(d => new NarrowSelectView(d, T("narrow." + d), NarrowOptions(d, figures)))
                .Where(s => s.Options.Count > 1 || (s.Options.Count == 1 && s.Options[0].Count < figures.Length))]);

    private readonly System.Collections.Concurrent.ConcurrentDictionary<string, NarrowSelectView[]> _narrowSelects = new(StringComparer.Ordinal);

    /// <summary>The values a dimension takes in <paramref name="figures"/>, in the order the site lists them, each with its number of figures.</summary>
    private IReadOnlyList<NarrowOptionView> NarrowOptions(string dimension, ImmutableArray<Funding> figures)
    {
        var counts = figures.SelectMany(f => FundingFacet.KeysOf(dimension, f).Distinct())
            .GroupBy(k => k, StringComparer.Ordinal)
            .Select(g => (Key: g.Key, Label: KeyLabel(dimension, g.Key), Count: g.Count()));
        var ordered = InReadingOrder(dimension, counts, c => c.Key, c => c.Label);
        return [.. ordered.Select(c => new NarrowOptionView(c.Key, c.Label, c.Count))];
    }

    /// <summary>The file beside a narrowable list's first page that holds the totals of its choices.</summary>
    public const string NarrowTotalsFile = "totals.json";

    /// <summary>
    /// The totals of the choices of every list short enough to be narrowed, by the route of its first page, each
    /// worked out when it is asked for; a list whose rows all share their keys has no form, and no totals in its file
    /// (telling the two apart when the site is planned would cost every save in <c>serve</c> a reading of every figure).
    /// </summary>
    public IEnumerable<(string Route, Func<NarrowTotalsView> Totals)> NarrowTotalLists() =>
        FundingLists().Where(l => MayNarrow(l.Count)).Select(l => (l.Route, (Func<NarrowTotalsView>)(() => NarrowTotals(l.Route, l.Figures(), l.Own, l.Year))));

    /// <summary>
    /// The total of the figures each choice the list's form offers would show. A choice is keyed by the option chosen
    /// in each select, by its place among the select's options, "All" being 0 (with selects for hub, kind of funder and
    /// year, <c>0.2.5</c> is any hub, the second kind of funder, the fifth year); only choices that show some figure
    /// are there (the form disables the others), and not "All" everywhere, whose total the page shows. Choices with the
    /// same total share it. When a year is chosen, or the list is a year's, the total also gives the money of that
    /// year, as a year's list does.
    /// </summary>
    private NarrowTotalsView NarrowTotals(string list, ImmutableArray<Funding> figures, string? own, string? listYear)
    {
        var selects = NarrowSelects(list, figures, own);
        var places = selects.Select(s => s.Options.Select((o, i) => (o.Key, Place: i + 1)).ToDictionary(o => o.Key, o => o.Place, StringComparer.Ordinal)).ToArray();
        var year = Array.FindIndex(selects, s => s.Name == FundingFacet.Year);
        var chosen = new Dictionary<string, (string? Year, List<Funding> Figures)>(StringComparer.Ordinal);
        foreach (var figure in figures)
        {
            var keys = selects.Select(s => FundingFacet.KeysOf(s.Name, figure).Distinct().ToArray()).ToArray();
            // Every choice that shows this figure: in each select "All" (0) or one of its keys (1 on), as an odometer turns.
            var choice = new int[keys.Length];
            while (Turn(choice, keys))
            {
                var key = string.Join('.', choice.Select((c, i) => c == 0 ? 0 : places[i][keys[i][c - 1]]));
                if (!chosen.TryGetValue(key, out var group))
                {
                    chosen[key] = group = (year >= 0 && choice[year] > 0 ? keys[year][choice[year] - 1] : listYear, []);
                }

                group.Figures.Add(figure);
            }
        }

        var totals = new Dictionary<FacetTotalView, int>();
        var choices = chosen.ToDictionary(
            c => c.Key,
            c =>
            {
                var total = FacetTotal([.. c.Value.Figures], c.Value.Year);
                if (!totals.TryGetValue(total, out var index))
                {
                    totals[total] = index = totals.Count;
                }

                return index;
            },
            StringComparer.Ordinal);
        return new NarrowTotalsView([.. totals.OrderBy(t => t.Value).Select(t => t.Key)], choices);
    }

    /// <summary>Turns <paramref name="choice"/> to the next: false once every one has been seen (back to "All" everywhere).</summary>
    private static bool Turn(int[] choice, string[][] keys)
    {
        for (var d = 0; d < choice.Length; d++)
        {
            if (++choice[d] <= keys[d].Length)
            {
                return true;
            }

            choice[d] = 0;
        }

        return false;
    }
}
