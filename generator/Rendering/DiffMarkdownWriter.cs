using System.Collections.Frozen;
using System.Globalization;
using System.Net;
using System.Text;
using Hubwatch.Content;
using Hubwatch.Diagnostics;
using Hubwatch.History;
using Hubwatch.Model;
using Hubwatch.Model.Diff;

namespace Hubwatch.Rendering;

/// <summary>
/// Writes what a change does to the content as Markdown for a pull request's summary: the records added, those removed,
/// those changed (field by field), the source documents added, removed or changed, and each total that moves, before →
/// after and the difference; every line in Korean, then English.
/// </summary>
/// <param name="before">The content at the base, for the names of records that are gone.</param>
/// <param name="after">The content now, for the names of everything else.</param>
public sealed class DiffMarkdownWriter(ContentIndex before, ContentIndex after, Strings strings)
{
    private readonly ChangeWording _now = new(after, strings);
    private readonly ChangeWording _was = new(before, strings);

    public string Write(ContentDiff diff, string baseLabel)
    {
        var text = Heading(baseLabel, Both);

        // Records added and removed first, each on a line; then those changed, field by field.
        bool Added(RecordDiff r) => !Exists(HistoryKeys.FolderOf(r.Key), HistoryKeys.IdOf(r.Key), before);
        bool Removed(RecordDiff r) => !Exists(HistoryKeys.FolderOf(r.Key), HistoryKeys.IdOf(r.Key), after);
        var added = diff.Records.Where(Added).ToList();
        var removed = diff.Records.Where(r => !Added(r) && Removed(r)).ToList();
        var changed = diff.Records.Where(r => !Added(r) && !Removed(r)).ToList();
        Records(text, "diff.added", added, fieldByField: false);
        Records(text, "diff.removed", removed, fieldByField: false);
        Records(text, "diff.records", changed, fieldByField: true);
        if (diff.Records.IsEmpty)
        {
            // The section of changed records, empty, says there are none at all.
            text.Append("### ").Append(Both("diff.records")).Append(" (0)\n\n").Append(Both("diff.no_records")).Append("\n\n");
        }

        if (!diff.Sources.IsEmpty)
        {
            text.Append("### ").Append(Both("diff.sources")).Append(" (").Append(diff.Sources.Length.ToString(CultureInfo.InvariantCulture)).Append(")\n\n");
            foreach (var source in diff.Sources)
            {
                var seed = after.Seeds.GetValueOrDefault(new Id<Seed>(source.Id)) ?? before.Seeds.GetValueOrDefault(new Id<Seed>(source.Id));
                var change = Both("diff.source_" + source.Change.ToString().ToLowerInvariant());
                text.Append("- **").Append(change).Append("** ")
                    .Append(seed is null ? source.Id : $"{Cell(seed.Title.Ko)} / {Cell(seed.Title.En)}")
                    .Append(" (`seeds/").Append(source.Id).Append(".txt`)\n");
            }

            text.Append('\n');
        }

        text.Append("### ").Append(Both("diff.totals")).Append("\n\n");
        if (diff.Totals.IsEmpty)
        {
            text.Append(Both("diff.no_totals")).Append('\n');
            return text.ToString();
        }

        text.Append("| ").Append(Both("diff.total")).Append(" | ").Append(Both("diff.before")).Append(" | ").Append(Both("diff.after")).Append(" | ").Append(Both("diff.difference")).Append(" |\n");
        text.Append("| --- | ---: | ---: | ---: |\n");
        foreach (var move in diff.Totals)
        {
            text.Append("| ").Append(Cell(Line(move, Language.Ko))).Append(" / ").Append(Cell(Line(move, Language.En)))
                .Append(" | ").Append(Money(move.Before))
                .Append(" | ").Append(Money(move.After))
                .Append(" | ").Append(Money(move.Difference, signed: true))
                .Append(" |\n");
        }

        return text.ToString();
    }

    /// <summary>
    /// What the summary says when the change's content has errors, so nothing can be compared: each error with its
    /// file, line and column. Without the interface texts (a template did not load), the headings are in English.
    /// </summary>
    public static string WriteProblems(IEnumerable<Diagnostic> errors, string baseLabel, Strings? strings)
    {
        var list = errors.ToList();
        Func<string, string> text = strings is null ? key => EnglishFallback[key] : key => Both(strings, key);
        var summary = Heading(baseLabel, text);
        summary.Append("### ").Append(text("diff.problems")).Append(" (").Append(list.Count.ToString(CultureInfo.InvariantCulture)).Append(")\n\n");
        summary.Append(text("diff.problems_lead")).Append("\n\n");
        foreach (var problem in list)
        {
            summary.Append("- `").Append(problem.Where).Append("` ").Append(Cell(WebUtility.HtmlEncode(problem.Message))).Append('\n');
        }

        return summary.Append('\n').ToString();
    }

    /// <summary>The texts a summary of problems needs, in English, for when the interface text could not be read.</summary>
    private static readonly FrozenDictionary<string, string> EnglishFallback = new Dictionary<string, string>
    {
        ["diff.title"] = "What this change does",
        ["diff.base"] = "Base",
        ["diff.working_tree"] = "Working tree",
        ["diff.problems"] = "Problems to fix",
        ["diff.problems_lead"] = "The records and totals are compared once these are fixed. Each is also marked on its line under “Files changed”.",
    }.ToFrozenDictionary(StringComparer.Ordinal);

    /// <summary>The summary's title and what it compares, each text by its key.</summary>
    private static StringBuilder Heading(string baseLabel, Func<string, string> text) =>
        new StringBuilder().Append("## ").Append(text("diff.title")).Append("\n\n")
            .Append(text("diff.base")).Append(": ").Append(baseLabel).Append(" → ").Append(text("diff.working_tree")).Append("\n\n");

    /// <summary>A section of records under <paramref name="headingKey"/>, when it has any; the changes of each, field by field, if asked.</summary>
    private void Records(StringBuilder text, string headingKey, List<RecordDiff> records, bool fieldByField)
    {
        if (records.Count == 0)
        {
            return;
        }

        text.Append("### ").Append(Both(headingKey)).Append(" (").Append(records.Count.ToString(CultureInfo.InvariantCulture)).Append(")\n\n");
        foreach (var record in records)
        {
            var folder = HistoryKeys.FolderOf(record.Key);
            var id = HistoryKeys.IdOf(record.Key);
            var (ko, en) = Title(folder, id);
            text.Append("- **").Append(Both("diff.kinds." + folder)).Append("** ").Append(Cell(ko)).Append(" / ").Append(Cell(en)).Append(" (`").Append(record.Key).Append("`)\n");
            if (!fieldByField)
            {
                continue;
            }

            var wording = Exists(folder, id, after) ? _now : _was;
            foreach (var change in record.Changes)
            {
                text.Append("  - ").Append(Cell(wording.Word(change, Language.Ko))).Append(" / ").Append(Cell(wording.Word(change, Language.En))).Append('\n');
            }
        }

        text.Append('\n');
    }

    /// <summary>What a total counts: all figures, a hub (or hubs sharing a figure), a kind of funder, public or private money, a stage, a year.</summary>
    private string Line(TotalMove move, Language language)
    {
        var label = strings.Get(language, "diff." + move.Dimension);
        var what = move.Dimension switch
        {
            "hub" when move.Group is { } group => string.Join(" · ", group.Hubs.Select(h => HubName(h, language)).Concat(group.SharedWith.Select(p => p.Value))),
            "funder_kind" => strings.Get(language, "funder_kind." + move.Key),
            "status" => strings.Get(language, "funding_status." + move.Key),
            "sector" => strings.Get(language, "funder_sector." + move.Key),
            "year" when move.Key == FundingTotals.EarlierKey => strings.Get(language, "funding.earlier"),
            "year" => DateFormatter.Year(int.Parse(move.Key, CultureInfo.InvariantCulture), language),
            _ => null,
        };
        return what is null ? label : $"{label}: {what}";
    }

    /// <summary>A hub's name, from the newer content when it has the hub.</summary>
    private string HubName(Id<Hub> hub, Language language) =>
        (after.Hubs.GetValueOrDefault(hub) ?? before.Hubs.GetValueOrDefault(hub))?.Name[language] ?? hub;

    /// <summary>An amount in both languages; a difference with its sign in front (<c>-KRW 250 million</c>, not <c>KRW -250 million</c>).</summary>
    private static string Money(Krw amount, bool signed = false)
    {
        var sign = amount.Value < 0 ? "-" : signed && amount.Value > 0 ? "+" : "";
        var size = new Krw(Math.Abs(amount.Value));
        return $"{sign}{MoneyFormatter.Format(size, Language.Ko)} / {sign}{MoneyFormatter.Format(size, Language.En)}";
    }

    private (string Ko, string En) Title(string folder, string id)
    {
        foreach (var index in new[] { after, before })
        {
            LocalizedText? title = folder switch
            {
                "hubs" => index.Hubs.GetValueOrDefault(new Id<Hub>(id))?.Name,
                "programs" => index.Programs.GetValueOrDefault(new Id<HubProgram>(id))?.Name,
                "partners" => index.Partners.GetValueOrDefault(new Id<Partner>(id))?.Name,
                "agreements" => index.Agreements.GetValueOrDefault(new Id<Agreement>(id))?.Title,
                "funding" => index.Funding.GetValueOrDefault(new Id<Funding>(id))?.Title,
                _ => null,
            };
            if (title is not null)
            {
                return (title.Ko, title.En);
            }
        }

        return (id, id);
    }

    private static bool Exists(string folder, string id, ContentIndex index) => folder switch
    {
        "hubs" => index.Hubs.ContainsKey(new Id<Hub>(id)),
        "programs" => index.Programs.ContainsKey(new Id<HubProgram>(id)),
        "partners" => index.Partners.ContainsKey(new Id<Partner>(id)),
        "agreements" => index.Agreements.ContainsKey(new Id<Agreement>(id)),
        "funding" => index.Funding.ContainsKey(new Id<Funding>(id)),
        _ => false,
    };

    private string Both(string key) => Both(strings, key);

    private static string Both(Strings strings, string key) => $"{strings.Get(Language.Ko, key)} / {strings.Get(Language.En, key)}";

    /// <summary>Text that cannot break a Markdown list item or table cell: one line, pipes escaped.</summary>
    private static string Cell(string text) => text.ReplaceLineEndings(" ").Replace("|", "\\|", StringComparison.Ordinal);
}
