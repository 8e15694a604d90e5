using System.Globalization;
using System.Text.RegularExpressions;
using Hubwatch.Content;
using Hubwatch.Model.Views;

namespace Hubwatch.Model;

/// <summary>
/// The one paragraph at the top of a hub page that answers "how much money, at what stage, public or private, from
/// whom, from how many sources, and shared with whom", written from the hub's totals, never by hand. The total links to
/// the funding section, which has every line it sums up; the other amounts would link there too, so they do not, and a
/// funder or a shared figure links to its own page.
/// </summary>
public sealed partial class MoneyAnswer(SiteModel site, Strings strings, Language language, Func<Krw, MoneyView> money)
{
    /// <summary>How many funders the paragraph names; with more, the others are one item with their count and sum.</summary>
    public const int MaxFunders = 5;

    /// <summary>How many shared figures the paragraph names; the others are counted, and listed in the totals below.</summary>
    public const int MaxShared = 3;

    /// <summary>Where the total links to (the funding section of the page), and where one figure's page is.</summary>
    public IReadOnlyList<AnswerPartView> For(Id<Hub> hubId, FundingTotals totals, IReadOnlyCollection<Funding> figures, string totalsUrl, Func<string, string> figureUrl)
    {
        var parts = new List<AnswerPartView>();
        var name = site.Index.Hubs[hubId].Name[language];
        if (totals.CountedFigures == 0)
        {
            Say(parts, T("answer.none"), Text(name));
            return parts;
        }

        var sources = figures.SelectMany(f => f.Sources).Select(c => c.Seed).Distinct().Count();
        // The hub's list counts every figure; the total leaves out parts of a figure, which the sentence then says.
        var partCount = figures.Count - totals.CountedFigures;
        Say(parts, T(partCount > 0 ? "answer.total_with_parts" : "answer.total"), Text(name), Amount(totals.Total, totalsUrl), Text(Count(totals.CountedFigures)), Text(Count(sources)), Text(Count(partCount)));
        if (totals.Reading(FundingReading.Hub) is { Value: > 0 } linked)
        {
            Say(parts, T("answer.hub_reading"), Amount(linked));
        }

        var stages = totals.ByStatus.Where(l => l.Amount.Value > 0 && l.Key is not ("committed" or "executed")).ToArray();
        var stageList = Join(stages.Select(l => (T(l.Key == "unstated" ? "funding_status.unstated" : "funding_stage." + l.Key), l.Amount)));
        var done = totals.Status(FundingStatus.Committed) + totals.Status(FundingStatus.Executed);
        SayParts(parts, T("answer.stages"), [[.. stageList], [Amount(done)]]);

        var unspecified = totals.Sector(FunderSector.Unspecified);
        Say(parts, T(unspecified.Value > 0 ? "answer.sectors_unspecified" : "answer.sectors"),
            Amount(totals.Sector(FunderSector.Public)), Amount(totals.Sector(FunderSector.Private)), Amount(unspecified));

        if (!totals.ByFunder.IsEmpty)
        {
            var funders = totals.ByFunder.Select(l =>
            {
                var partner = site.Index.Partner(new Id<Partner>(l.Key))!;
                var others = figures.Any(f => f.Funder is { } funder && site.PartnerId(funder).Value == l.Key && f.IsSharedByFunders);
                var label = partner.Name[language] + (others ? T("answer.and_others") : "");
                return (Link: new AnswerPartView(label, site.Urls.Page(Routes.Partner(partner.Id), language)), l.Amount);
            }).ToArray();
            // The largest funders by name, each with its amount in brackets (a name may hold commas); the others, when
            // there are more, counted in one item that keeps the sum.
            var items = funders.Take(MaxFunders).Select(f => new[] { f.Link, Text(" ("), Amount(f.Amount), Text(")") }).ToList();
            if (funders.Length > MaxFunders)
            {
                var rest = Krw.Sum(funders.Skip(MaxFunders).Select(f => f.Amount));
                items.Add([Text(strings.Count(language, "answer.other_funders", funders.Length - MaxFunders) + " ("), Amount(rest), Text(")")]);
            }

            var list = new List<AnswerPartView>();
            foreach (var (item, i) in items.Select((f, i) => (f, i)))
            {
                list.AddRange(Separator(i, items.Count));
                list.AddRange(item);
            }

            SayParts(parts, T("answer.funders"), [[.. list]]);
            if (totals.Reading(FundingReading.Funder) is { Value: > 0 } read)
            {
                Say(parts, T("answer.funder_reading"), Amount(read));
            }
        }

        var shared = totals.Shared.Where(f => HubGroup.Of(f).IsShared).ToArray();
        foreach (var figure in shared.Take(MaxShared))
        {
            var others = figure.Hubs.Where(h => h.Id != hubId).Select(h => site.Index.Hubs[h.Id].Name[language])
                .Concat(figure.SharedWith.Select(p => site.Index.Partners[site.PartnerId(p)].Name[language]));
            Say(parts, T(figure.MayBePerSite ? "answer.shared_each" : "answer.shared"), Amount(figure.Amount, figureUrl(figure.Id)), Text(string.Join(", ", others)));
        }

        if (shared.Length > MaxShared)
        {
            Say(parts, strings.ForCount(language, "answer.shared_more", shared.Length - MaxShared), new AnswerPartView(Count(shared.Length - MaxShared), totalsUrl));
        }

        return parts;
    }

    [GeneratedRegex(@"\{(\d+)\}", RegexOptions.CultureInvariant)]
    private static partial Regex Placeholder();

    /// <summary>Appends one sentence: the interface text with each <c>{n}</c> replaced by its parts.</summary>
    private static void Say(List<AnswerPartView> parts, string format, params AnswerPartView[] args) => SayParts(parts, format, [.. args.Select(a => new[] { a })]);

    /// <summary>Appends one sentence whose arguments are each several parts (a list of names and amounts).</summary>
    private static void SayParts(List<AnswerPartView> parts, string format, AnswerPartView[][] args)
    {
        if (parts.Count > 0)
        {
            parts.Add(new AnswerPartView(" "));
        }

        var position = 0;
        foreach (Match match in Placeholder().Matches(format))
        {
            if (match.Index > position)
            {
                parts.Add(new AnswerPartView(format[position..match.Index]));
            }

            parts.AddRange(args[int.Parse(match.Groups[1].Value, CultureInfo.InvariantCulture)]);
            position = match.Index + match.Length;
        }

        if (position < format.Length)
        {
            parts.Add(new AnswerPartView(format[position..]));
        }
    }

    private IEnumerable<AnswerPartView> Join(IEnumerable<(string Label, Krw Amount)> items)
    {
        var list = items.ToArray();
        for (var i = 0; i < list.Length; i++)
        {
            foreach (var separator in Separator(i, list.Length))
            {
                yield return separator;
            }

            yield return Text(list[i].Label + " ");
            yield return Amount(list[i].Amount);
        }
    }

    private IEnumerable<AnswerPartView> Separator(int index, int count) =>
        index == 0 ? [] : [Text(index == count - 1 && language == Language.En ? " and " : ", ")];

    /// <summary>An amount, linked to <paramref name="url"/> when given: the total to the funding section, a shared figure to its page.</summary>
    private AnswerPartView Amount(Krw amount, string? url = null)
    {
        var shown = money(amount);
        return new(shown.Text, url, shown);
    }

    private static AnswerPartView Text(string text) => new(text);

    private static string Count(int n) => n.ToString("N0", CultureInfo.InvariantCulture);

    private string T(string key) => strings.Get(language, key);
}
