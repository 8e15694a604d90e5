using System.Collections.Immutable;
using System.Text.RegularExpressions;
using Hubwatch.Content;
using Hubwatch.Diagnostics;
using Hubwatch.Model;

namespace Hubwatch.Validation;

/// <summary>
/// Every number a record's prose states is in one of the quotes it cites, or declared as the editors' inference;
/// the English prose states only numbers its Korean twin states, and no Korean outside quotes and name glosses.
/// </summary>
/// <remarks>
/// A number is compared by what it means, not how it is written (see <see cref="StatedNumber"/>); a quote's
/// relative dates (<c>지난 1일</c>, <c>올해</c>) are read through its source's date. A record is checked against all
/// the quotes it makes, and a part of a record (a party, a key figure) against those of the whole record.
/// </remarks>
public static partial class GroundingChecker
{
    /// <summary>How many passages a hint shows at most.</summary>
    private const int MaxPassages = 3;

    /// <summary>One text a record writes, named as its field is (<c>summary</c>, <c>parties[2].undertakes</c>).</summary>
    private sealed record Prose(string Field, LocalizedText Text);

    /// <summary>A number a record gives in a field of its own (<c>amount</c>, <c>breakdown[1].amount</c>, <c>date</c>), as Korean writes it, and where.</summary>
    private sealed record Given(string Field, string Written, SourceLocation Where);

    /// <summary>A record as the check sees it: its texts, every quote it makes, and its inferences.</summary>
    private sealed record Claims(string What, SourceLocation Where, ImmutableArray<Prose> Texts, ImmutableArray<Citation> Quotes, ImmutableArray<Inference> Inferences)
    {
        /// <summary>The numbers the record gives in fields of their own, each stated by a quote or declared like a number in prose.</summary>
        public ImmutableArray<Given> Fields { get; init; } = [];
    }

    /// <summary>A table's unit line (<c>(단위 : 억원)</c>): its bare numbers are amounts in that unit.</summary>
    [GeneratedRegex(@"단위\s*:\s*(?<unit>억|백만|천만|만|천)?\s*원")]
    private static partial Regex TableUnit();

    [GeneratedRegex(@"[가-힣ㄱ-ㆎ]+")]
    private static partial Regex Hangul();

    /// <summary>Markdown code, as <c>`1조원`</c>.</summary>
    [GeneratedRegex("`[^`\n]*`")]
    private static partial Regex CodeSpan();

    /// <summary>The Korean units of money, which English text may explain by their value.</summary>
    private static readonly ImmutableArray<(string Word, decimal Value)> Units = [("만원", 10_000m), ("억원", 100_000_000m), ("조원", 1_000_000_000_000m)];

    /// <summary>Every record of <paramref name="content"/>, and the dates of its sources.</summary>
    public static ImmutableArray<Diagnostic> Check(ContentSet content)
    {
        var seeds = content.Seeds.GroupBy(s => s.Id).ToDictionary(g => g.Key, g => g.First());
        return
        [
            .. content.Hubs.SelectMany(r => Check(r, seeds)),
            .. content.Programs.SelectMany(r => Check(r, seeds)),
            .. content.Partners.SelectMany(r => Check(r, seeds)),
            .. content.Agreements.SelectMany(r => Check(r, seeds)),
            .. content.Funding.SelectMany(r => Check(r, seeds)),
            .. CheckDates(content, seeds),
        ];
    }

    /// <summary>One hub's prose against its quotes (each record is checked on its own, so a rebuild can keep what it gave).</summary>
    public static ImmutableArray<Diagnostic> Check(Hub hub, IReadOnlyDictionary<Id<Seed>, Seed> seeds) => Check(ClaimsOf(hub), seeds);

    public static ImmutableArray<Diagnostic> Check(HubProgram program, IReadOnlyDictionary<Id<Seed>, Seed> seeds) => Check(ClaimsOf(program), seeds);

    public static ImmutableArray<Diagnostic> Check(Partner partner, IReadOnlyDictionary<Id<Seed>, Seed> seeds) => Check(ClaimsOf(partner), seeds);

    public static ImmutableArray<Diagnostic> Check(Agreement agreement, IReadOnlyDictionary<Id<Seed>, Seed> seeds) => Check(ClaimsOf(agreement), seeds);

    public static ImmutableArray<Diagnostic> Check(Funding funding, IReadOnlyDictionary<Id<Seed>, Seed> seeds) => Check(ClaimsOf(funding), seeds);

    /// <summary>A source whose own dates conflict says which it used, and so does every agreement dated from it.</summary>
    public static ImmutableArray<Diagnostic> CheckDates(ContentSet content, IReadOnlyDictionary<Id<Seed>, Seed> seeds) =>
        [.. CheckDateNotes(content.Seeds), .. content.Agreements.SelectMany(agreement => CheckDate(agreement, seeds))];

    /// <summary>A source whose own dates conflict says which it used.</summary>
    public static ImmutableArray<Diagnostic> CheckDateNotes(ImmutableArray<Seed> seeds) => DiagnosticBag.Collect(bag =>
    {
        foreach (var seed in seeds.Where(s => s.DatesDisagree && s.DateNote is null))
        {
            bag.Error(seed.Where, $"seed '{seed.Id}' says its dates disagree but has no date_note", "say in date_note which dates the source gives and which one the editors used");
        }
    });

    /// <summary>An agreement dated from a source whose dates conflict says so (each agreement on its own, so a rebuild can keep what it gave).</summary>
    public static ImmutableArray<Diagnostic> CheckDate(Agreement agreement, IReadOnlyDictionary<Id<Seed>, Seed> seeds)
    {
        if (agreement.DateNote is not null)
        {
            return [];
        }

        var cited = agreement.Sources.Concat(agreement.Parties.SelectMany(p => p.Sources)).Select(c => c.Seed).Distinct();
        return cited.Where(id => seeds.TryGetValue(id, out var s) && s.DatesDisagree).Select(id => id.Value).FirstOrDefault() is { } conflicting
            ? [new Diagnostic(Severity.Error, agreement.Where, $"agreement '{agreement.Id}' is dated from seed {conflicting}, whose dates disagree, and does not say so",
                "add a date_note naming the dates the source gives and the one the editors used")]
            : [];
    }

    private static ImmutableArray<Diagnostic> Check(Claims claims, IReadOnlyDictionary<Id<Seed>, Seed> seeds) =>
        DiagnosticBag.Collect(bag => CheckRecord(claims, seeds, bag));

    private static Claims ClaimsOf(Hub hub)
    {
        var texts = ImmutableArray.CreateBuilder<Prose>();
        texts.Add(new Prose("summary", hub.Summary));
        texts.Add(new Prose("body", hub.Body));
        AddIf(texts, "area", hub.Area);
        AddIf(texts, "note", hub.Note);
        for (var i = 0; i < hub.KeyFigures.Length; i++)
        {
            texts.Add(new Prose($"key_figures[{i}].label", hub.KeyFigures[i].Label));
            texts.Add(new Prose($"key_figures[{i}].value", hub.KeyFigures[i].Value));
        }

        return new Claims($"hub '{hub.Id}'", hub.Where, texts.ToImmutable(), [.. hub.Sources, .. hub.KeyFigures.SelectMany(k => k.Sources)], hub.Inferences)
        {
            // The date of designation the hub's facts give.
            Fields = hub.Designated is { } designated ? [new Given("designated", DateFormatter.Format(designated, Language.Ko), hub.DesignatedWhere ?? hub.Where)] : [],
        };
    }

    private static Claims ClaimsOf(HubProgram program) =>
        new($"program '{program.Id}'", program.Where, [new Prose("summary", program.Summary), new Prose("body", program.Body)], program.Sources, program.Inferences);

    private static Claims ClaimsOf(Partner partner)
    {
        var texts = ImmutableArray.CreateBuilder<Prose>();
        AddIf(texts, "summary", partner.Summary);
        return new Claims($"partner '{partner.Id}'", partner.Where, texts.ToImmutable(), partner.Sources, partner.Inferences);
    }

    private static Claims ClaimsOf(Agreement agreement)
    {
        var texts = ImmutableArray.CreateBuilder<Prose>();
        texts.Add(new Prose("title", agreement.Title));
        texts.Add(new Prose("summary", agreement.Summary));
        AddIf(texts, "note", agreement.Note);
        AddIf(texts, "date_note", agreement.DateNote);
        for (var i = 0; i < agreement.Parties.Length; i++)
        {
            AddIf(texts, $"parties[{i}].undertakes", agreement.Parties[i].Undertakes);
        }

        return new Claims($"agreement '{agreement.Id}'", agreement.Where, texts.ToImmutable(), [.. agreement.Sources, .. agreement.Parties.SelectMany(p => p.Sources)], agreement.Inferences)
        {
            // The date the timeline and the page give; one that could not be read has its error already.
            Fields = agreement.IsDateUnreadable ? [] : [new Given("date", DateFormatter.Format(agreement.Date, Language.Ko), agreement.DateWhere ?? agreement.Where)],
        };
    }

    private static Claims ClaimsOf(Funding funding)
    {
        var texts = ImmutableArray.CreateBuilder<Prose>();
        texts.Add(new Prose("title", funding.Title));
        texts.Add(new Prose("purpose", funding.Purpose));
        AddIf(texts, "note", funding.Note);
        for (var i = 0; i < funding.Breakdown.Length; i++)
        {
            AddIf(texts, $"breakdown[{i}].label", funding.Breakdown[i].Label);
        }

        return new Claims($"funding '{funding.Id}'", funding.Where, texts.ToImmutable(), funding.Sources, funding.Inferences)
        {
            // An amount that could not be read has its error already.
            Fields = funding.HasUnreadableAmounts ? [] :
            [
                new Given("amount", funding.AmountAsWritten, funding.AmountWhere ?? funding.Where),
                .. funding.Breakdown.Select((item, i) => new Given($"breakdown[{i}].amount", item.AmountAsWritten, item.AmountWhere ?? item.Where)),
                .. Years(funding),
            ],
        };
    }

    /// <summary>The years a figure's period and yearly breakdown give: each places money in a year, as much as its amount does.</summary>
    private static IEnumerable<Given> Years(Funding funding)
    {
        Given Year(string field, int year, SourceLocation? where) => new(field, DateFormatter.Year(year, Language.Ko), where ?? funding.Where);
        if (funding.Period?.From is { } from)
        {
            yield return Year("period.from", from, funding.PeriodWhere.From);
        }

        if (funding.Period?.To is { } to && to != funding.Period.From)
        {
            yield return Year("period.to", to, funding.PeriodWhere.To);
        }

        foreach (var (item, i) in funding.Breakdown.Select((item, i) => (item, i)).Where(x => x.item.Year is not null))
        {
            yield return Year($"breakdown[{i}].year", item.Year!.Value, item.YearWhere ?? item.Where);
        }
    }

    private static void AddIf(ImmutableArray<Prose>.Builder texts, string field, LocalizedText? text)
    {
        if (text is not null)
        {
            texts.Add(new Prose(field, text));
        }
    }

    private static void CheckRecord(Claims claims, IReadOnlyDictionary<Id<Seed>, Seed> seeds, DiagnosticBag bag)
    {
        var quotes = claims.Quotes.AddRange(claims.Inferences.SelectMany(i => i.Sources));
        var stated = QuotedNumbers(quotes, seeds);
        var declared = claims.Inferences.SelectMany(i => i.Declares).SelectMany(d => StatedNumbers.InKorean(d)).ToList();
        var texts = claims.Texts.AddRange(claims.Inferences.SelectMany((inference, i) => new[]
        {
            new Prose($"inference[{i}].text", inference.Text),
            new Prose($"inference[{i}].reasoning", inference.Reasoning),
        }));

        // A figure's amount is shown and added into totals, an agreement's date orders the timeline: a quote must state
        // them as much as prose.
        foreach (var field in claims.Fields)
        {
            foreach (var number in StatedNumbers.InKorean(field.Written).Where(n => !stated.Any(n.IsStatedBy) && !declared.Any(n.IsStatedBy)))
            {
                bag.Error(
                    field.Where,
                    $"{field.Field} is {number.Describe()} ('{field.Written}'), which no quote {claims.What} cites states",
                    FieldHint(number, stated, quotes, seeds));
            }
        }

        foreach (var prose in texts)
        {
            foreach (var number in StatedNumbers.InKorean(prose.Text.Ko))
            {
                if (stated.Any(number.IsStatedBy) || declared.Any(number.IsStatedBy))
                {
                    continue;
                }

                bag.Error(
                    Locate(prose.Text.KoWritten, prose.Text.Ko, number.Offset, claims.Where),
                    $"{prose.Field}.ko states {number.Describe()} ('{number.Text}'), which no quote {claims.What} cites contains",
                    HintFor(number, quotes, seeds));
            }

            CheckEnglish(claims, prose, bag);
        }
    }

    /// <summary>The numbers the quotes state, read through each quote's source date; a table's bare numbers also as amounts in its unit.</summary>
    private static List<StatedNumber> QuotedNumbers(ImmutableArray<Citation> quotes, IReadOnlyDictionary<Id<Seed>, Seed> seeds)
    {
        var numbers = new List<StatedNumber>();
        var units = quotes.Select(q => TableUnit().Match(q.Quote)).Where(m => m.Success).Select(m => Unit(m.Groups["unit"].Value)).Distinct().ToList();
        foreach (var quote in quotes)
        {
            var asOf = seeds.TryGetValue(quote.Seed, out var seed) ? seed.Published : null;
            foreach (var number in StatedNumbers.InKorean(quote.Quote, asOf))
            {
                numbers.Add(number);
                if (number.Kind == NumberKind.Quantity)
                {
                    numbers.AddRange(units.Select(unit => number with { Kind = NumberKind.Money, Value = number.Value * unit }));
                }
            }
        }

        return numbers;
    }

    private static decimal Unit(string unit) => unit switch
    {
        "억" => 100_000_000m,
        "천만" => 10_000_000m,
        "백만" => 1_000_000m,
        "만" => 10_000m,
        "천" => 1_000m,
        _ => 1m,
    };

    /// <summary>
    /// For a field's value no quote states: where a source states it; else, before a word on inference, what the cited
    /// quotes do state of the same kind (a date, an amount), since a mistyped value is likelier than an unsourced one.
    /// </summary>
    private static string FieldHint(StatedNumber number, List<StatedNumber> stated, ImmutableArray<Citation> quotes, IReadOnlyDictionary<Id<Seed>, Seed> seeds)
    {
        if (WhereStated(number, quotes, seeds) is { } where)
        {
            return where;
        }

        // The values nearest the wrong one first (a mistyped 3.2억 is likelier 2.3억 than 14.1억); of amounts, not a year
        // a table's unit line turned into money ("2022." under "단위 : 억원" is not 2,022억).
        var sameKind = stated.Where(n => n.Kind == number.Kind && (n.Kind != NumberKind.Date || (n.Month > 0) == (number.Month > 0)))
            .Where(n => n.Kind != NumberKind.Money || !LooksLikeAYear(n))
            .OrderBy(n => Math.Abs(n.Value - number.Value))
            .Select(n => n.Describe()).Distinct(StringComparer.Ordinal).Take(MaxPassages).ToList();
        return sameKind.Count == 0
            ? NotStated
            : $"the quotes it cites state {string.Join(", ", sameKind)}: correct it to what they say, or if it is the editors' own reading, declare it under inference: (text, reasoning, declares)";
    }

    /// <summary>Whether an amount is written as a bare four-digit year (2022, "2022.") with no unit of its own.</summary>
    private static bool LooksLikeAYear(StatedNumber amount)
    {
        var digits = amount.Text.TrimEnd('.', '~', ' ');
        return digits.Length == 4 && digits.All(char.IsAsciiDigit) && int.Parse(digits, System.Globalization.CultureInfo.InvariantCulture) is >= 1900 and <= 2100;
    }

    /// <summary>The hint for a number no source states.</summary>
    private const string NotStated = "no source states it; if it is the editors' own reading, declare it under inference: (text, reasoning, declares), or correct it";

    /// <summary>Where to find the number: passages of the record's seeds that state it, else of any seed, else a word on inference.</summary>
    private static string HintFor(StatedNumber number, ImmutableArray<Citation> quotes, IReadOnlyDictionary<Id<Seed>, Seed> seeds) =>
        WhereStated(number, quotes, seeds) ?? NotStated;

    /// <summary>Passages of the record's seeds that state the number, else of any seed; null when none does.</summary>
    private static string? WhereStated(StatedNumber number, ImmutableArray<Citation> quotes, IReadOnlyDictionary<Id<Seed>, Seed> seeds)
    {
        var cited = quotes.Select(q => q.Seed).Distinct().Where(seeds.ContainsKey).Select(id => seeds[id]).ToList();
        var found = cited.SelectMany(seed => PassagesStating(number, seed)).Take(MaxPassages).ToList();
        if (found.Count > 0)
        {
            return "cite the passage that states it: " + string.Join("; or ", found);
        }

        var elsewhere = seeds.Values.OrderBy(s => s.Id, StringComparer.Ordinal).Except(cited).SelectMany(seed => PassagesStating(number, seed)).Take(MaxPassages).ToList();
        if (elsewhere.Count > 0)
        {
            return "the record's sources do not state it, but another does; cite it: " + string.Join("; or ", elsewhere);
        }

        return null;
    }

    /// <summary>Short verbatim passages of a seed (a line, or a window of a long one) that state the number, ready to quote.</summary>
    private static IEnumerable<string> PassagesStating(StatedNumber number, Seed seed)
    {
        foreach (var line in seed.Text.Split('\n'))
        {
            foreach (var found in StatedNumbers.InKorean(line, seed.Published))
            {
                if (number.IsStatedBy(found))
                {
                    yield return $"{seed.Id}: \"{Window(line, found.Offset, found.Text.Length)}\"";
                    break;
                }
            }
        }
    }

    /// <summary>The words around a place in a line, cut at spaces so the passage is verbatim.</summary>
    private static string Window(string line, int at, int length)
    {
        const int Around = 30;
        var from = Math.Max(0, at - Around);
        var to = Math.Min(line.Length, at + length + Around);
        if (from > 0 && line.IndexOf(' ', from, at - from) is var space and >= 0)
        {
            from = space + 1;
        }

        if (to < line.Length && line.LastIndexOf(' ', to - 1, to - (at + length)) is var end and >= 0)
        {
            to = end;
        }

        return line[from..to].Trim();
    }

    /// <summary>
    /// A free page (about, method) states in English only numbers its Korean twin states, as a record's English does.
    /// Pages cite no quotes, so their Korean is the editors' own; the English must not say more or other.
    /// </summary>
    public static ImmutableArray<Diagnostic> CheckPages(ImmutableArray<TextPage> pages) => DiagnosticBag.Collect(bag =>
    {
        foreach (var english in pages.Where(p => p.Language == Language.En && !p.IsTranslationPending))
        {
            if (pages.FirstOrDefault(p => p.Id == english.Id && p.Language == Language.Ko) is not { } korean)
            {
                continue; // PageChecker says the twin is missing
            }

            // A unit the Korean names (억원) may be explained in English (100 million won); code (`1770억원`) is written as
            // the sources write it, so the English reads no number in it.
            var stated = WithDateParts(StatedNumbers.InKorean(korean.Title + "\n" + korean.Body));
            stated.AddRange(Units.Where(u => korean.Body.Contains(u.Word, StringComparison.Ordinal))
                .Select(u => new StatedNumber(NumberKind.Money, u.Value, 0, 0, 0, u.Word)));
            var prose = CodeSpan().Replace(english.Body, code => new string(' ', code.Length));
            foreach (var number in StatedNumbers.InEnglish(prose).Where(n => !stated.Any(n.IsStatedBy)))
            {
                bag.Error(
                    SourceLocation.InText(english.Where.Path, english.Body, number.Offset, english.BodyLine),
                    $"page '{english.Id}' states {number.Describe()} ('{number.Text}') in English, which its Korean page does not",
                    $"the English page must say what {korean.Where.Path} says; correct one of them");
            }
        }
    });

    /// <summary>The numbers of a Korean text, with a date's parts also on their own: "on 27 January" says what "1월 27일" says.</summary>
    private static List<StatedNumber> WithDateParts(IEnumerable<StatedNumber> numbers)
    {
        var korean = numbers.ToList();
        korean.AddRange(korean.Where(k => k.Kind == NumberKind.Date).SelectMany(k => new[] { k.Value, k.Month, k.Day }.Where(v => v > 0)
            .Select(v => k with { Kind = NumberKind.Quantity, Value = v, Month = 0, Day = 0 })).ToList());
        return korean;
    }

    private static void CheckEnglish(Claims claims, Prose prose, DiagnosticBag bag)
    {
        var text = prose.Text;
        if (ReferenceEquals(text.Ko, text.En) || text.Ko == text.En)
        {
            return; // English pending: the Korean text is shown
        }

        // A date's parts also count on their own: "on 27 January" or "the 13th" say what "1월 27일" or "13일" says.
        var korean = WithDateParts(StatedNumbers.InKorean(text.Ko));
        foreach (var number in StatedNumbers.InEnglish(text.En))
        {
            if (!korean.Any(number.IsStatedBy))
            {
                var twin = korean.Count == 0 ? "states no number" : "states " + string.Join(", ", korean.Select(k => $"'{k.Text}'").Distinct(StringComparer.Ordinal));
                bag.Error(
                    Locate(text.EnWritten, text.En, number.Offset, claims.Where),
                    $"{prose.Field}.en states {number.Describe()} ('{number.Text}'), which its Korean text does not",
                    $"the Korean text {twin}; the English must say what the Korean says");
            }
        }

        foreach (var (offset, run) in HangulOutsideQuotes(text.En))
        {
            bag.Error(
                Locate(text.EnWritten, text.En, offset, claims.Where),
                $"{prose.Field}.en has Korean text '{run}' outside a quote",
                "translate it; Korean may stay only inside quotation marks or as a name's gloss in parentheses, as Hyeoksin-dong (혁신동)");
        }
    }

    /// <summary>Runs of Hangul that are neither inside quotation marks nor a parenthesised gloss of a name (Hangul only, no digits).</summary>
    private static IEnumerable<(int Offset, string Run)> HangulOutsideQuotes(string text)
    {
        foreach (Match run in Hangul().Matches(text))
        {
            if (!IsQuoted(text, run.Index) && !IsGloss(text, run.Index))
            {
                yield return (run.Index, run.Value);
            }
        }
    }

    private static bool IsQuoted(string text, int at)
    {
        // Straight double quotes pair up; curly and single quotes open and close.
        var straight = text[..at].Count(c => c == '"') % 2 == 1;
        var curly = text.LastIndexOf('“', at) > text.LastIndexOf('”', at);
        var single = text.LastIndexOf('‘', at) > text.LastIndexOf('’', at);
        var plain = OpenSingleQuote(text, at);
        return straight || curly || single || plain;
    }

    /// <summary>An ASCII single quote that opens a quotation (after a space or an opening bracket) before <paramref name="at"/>, not yet closed.</summary>
    private static bool OpenSingleQuote(string text, int at)
    {
        var open = -1;
        for (var i = 0; i < at; i++)
        {
            if (text[i] != '\'')
            {
                continue;
            }

            var opens = i == 0 || char.IsWhiteSpace(text[i - 1]) || text[i - 1] is '(' or '[';
            var closes = i + 1 >= text.Length || !char.IsLetterOrDigit(text[i + 1]);
            if (open < 0 && opens)
            {
                open = i;
            }
            else if (open >= 0 && closes)
            {
                open = -1;
            }
        }

        return open >= 0;
    }

    private static bool IsGloss(string text, int at)
    {
        var open = text.LastIndexOf('(', at);
        var close = text.IndexOf(')', at);
        if (open < 0 || close < 0 || text.LastIndexOf(')', at) > open)
        {
            return false;
        }

        var inside = text[(open + 1)..close];
        return !inside.Any(char.IsDigit) && !inside.Any(char.IsAsciiLetter);
    }

    private static SourceLocation Locate(WrittenText? written, string value, int offset, SourceLocation fallback) =>
        written?.Locate(value, offset) ?? fallback;
}
