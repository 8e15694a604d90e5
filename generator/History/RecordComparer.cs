using System.Collections.Immutable;
using System.Globalization;
using Hubwatch.Content;

namespace Hubwatch.History;

/// <summary>
/// Compares two versions of a record field by field, as a reader would describe the edit: a new amount, a party
/// added, a citation added, a summary rewritten. Positions are ignored, so moving lines, reindenting or editing a
/// comment changes nothing. Fields are named as in the content files.
/// </summary>
public static class RecordComparer
{
    /// <summary>
    /// The changes from <paramref name="before"/> to <paramref name="after"/>: <see cref="FieldChangeKind.Created"/> when
    /// there was no record, <see cref="FieldChangeKind.Deleted"/> when there is none any more, otherwise each field that differs.
    /// </summary>
    public static ImmutableArray<FieldChange> Compare(object? before, object? after)
    {
        if (before is null && after is null)
        {
            return [];
        }

        if (before is null)
        {
            return [new FieldChange("record", FieldChangeKind.Created)];
        }

        if (after is null)
        {
            return [new FieldChange("record", FieldChangeKind.Deleted)];
        }

        var changes = ImmutableArray.CreateBuilder<FieldChange>();
        switch (before, after)
        {
            case (Funding a, Funding b):
                Funding(a, b, changes);
                break;
            case (Agreement a, Agreement b):
                Agreement(a, b, changes);
                break;
            case (Hub a, Hub b):
                Hub(a, b, changes);
                break;
            case (Partner a, Partner b):
                Partner(a, b, changes);
                break;
            case (HubProgram a, HubProgram b):
                Program(a, b, changes);
                break;
            default:
                throw new ArgumentException($"cannot compare a {before.GetType().Name} with a {after.GetType().Name}");
        }

        return changes.ToImmutable();
    }

    private static void Funding(Funding a, Funding b, ImmutableArray<FieldChange>.Builder changes)
    {
        Name("title", a.Title, b.Title, changes);
        if (a.Amount != b.Amount)
        {
            changes.Add(new FieldChange("amount", FieldChangeKind.Changed, Money(a.Amount), Money(b.Amount)));
        }

        Vocabulary("funder_kind", a.FunderKind.Code(), b.FunderKind.Code(), changes);
        Reference("funder", ValueKind.Partner, a.Funder, b.Funder, changes);
        Set("hubs", ValueKind.Hub, a.Hubs.Select(h => h.Id.Value), b.Hubs.Select(h => h.Id.Value), changes);
        Reference("program", ValueKind.Program, a.Program, b.Program, changes);
        Scalar("period", Period(a.Period), Period(b.Period), changes);
        Text("purpose", a.Purpose, b.Purpose, changes);
        Vocabulary("status", a.Status.Code(), b.Status.Code(), changes, "funding_status");
        Reference("part_of", ValueKind.Funding, a.PartOf, b.PartOf, changes);
        Breakdown(a.Breakdown, b.Breakdown, changes);

        Text("note", a.Note, b.Note, changes);
        Citations(a.Sources, b.Sources, changes);
    }

    private static void Agreement(Agreement a, Agreement b, ImmutableArray<FieldChange>.Builder changes)
    {
        Name("title", a.Title, b.Title, changes);
        Vocabulary("kind", a.Kind.Code(), b.Kind.Code(), changes, "agreement_kind");
        if (a.Date != b.Date)
        {
            changes.Add(new FieldChange("date", FieldChangeKind.Changed, new ChangeValue(ValueKind.Date, a.Date.Iso), new ChangeValue(ValueKind.Date, b.Date.Iso)));
        }

        Text("date_note", a.DateNote, b.DateNote, changes);
        Reference("hub", ValueKind.Hub, a.Hub, b.Hub, changes);
        Reference("program", ValueKind.Program, a.Program, b.Program, changes);
        Set("parties", ValueKind.Partner, a.Parties.Select(p => p.Partner.Id.Value), b.Parties.Select(p => p.Partner.Id.Value), changes);

        // A party kept, with what it undertakes rewritten, or now a guest (or a guest now a party).
        var undertakings = a.Parties.ToLookup(p => p.Partner.Id, StringComparer.Ordinal);
        foreach (var party in b.Parties)
        {
            if (undertakings[party.Partner.Id].FirstOrDefault() is not { } old)
            {
                continue;
            }

            if (old.Role != party.Role)
            {
                changes.Add(new FieldChange("role", FieldChangeKind.Edited, After: new ChangeValue(ValueKind.Partner, party.Partner.Id)));
            }

            if (old.Undertakes != party.Undertakes)
            {
                changes.Add(new FieldChange("undertakes", FieldChangeKind.Edited, After: new ChangeValue(ValueKind.Partner, party.Partner.Id)));
            }
        }

        Text("summary", a.Summary, b.Summary, changes);
        Text("note", a.Note, b.Note, changes);
        Citations(a.Sources.AddRange(a.Parties.SelectMany(p => p.Sources)), b.Sources.AddRange(b.Parties.SelectMany(p => p.Sources)), changes);
    }

    private static void Hub(Hub a, Hub b, ImmutableArray<FieldChange>.Builder changes)
    {
        Name("name", a.Name, b.Name, changes);
        Name("region", a.Region, b.Region, changes);
        Name("province", a.Province, b.Province, changes);
        if (a.Coordinates != b.Coordinates)
        {
            changes.Add(new FieldChange("coordinates", FieldChangeKind.Edited));
        }

        if (a.Designated != b.Designated)
        {
            changes.Add(new FieldChange("designated", FieldChangeKind.Changed, Date(a.Designated), Date(b.Designated)));
        }

        Name("area", a.Area, b.Area, changes);
        Vocabulary("status", a.Status.Code(), b.Status.Code(), changes, "hub_status");
        Set("programs", ValueKind.Program, a.Programs.Select(p => p.Id.Value), b.Programs.Select(p => p.Id.Value), changes);
        Text("summary", a.Summary, b.Summary, changes);
        if (!a.KeyFigures.Select(k => (k.Label, k.Value, k.IsEditorial)).SequenceEqual(b.KeyFigures.Select(k => (k.Label, k.Value, k.IsEditorial))))
        {
            changes.Add(new FieldChange("key_figures", FieldChangeKind.Edited));
        }

        Text("body", a.Body, b.Body, changes);
        Text("note", a.Note, b.Note, changes);
        Citations(a.Sources.AddRange(a.KeyFigures.SelectMany(k => k.Sources)), b.Sources.AddRange(b.KeyFigures.SelectMany(k => k.Sources)), changes);
    }

    private static void Partner(Partner a, Partner b, ImmutableArray<FieldChange>.Builder changes)
    {
        Name("name", a.Name, b.Name, changes);
        Vocabulary("type", a.Type.Code(), b.Type.Code(), changes, "partner_type");
        Set("aliases", ValueKind.Plain, a.Aliases, b.Aliases, changes);
        Text("summary", a.Summary, b.Summary, changes);
        Citations(a.Sources, b.Sources, changes);
    }

    private static void Program(HubProgram a, HubProgram b, ImmutableArray<FieldChange>.Builder changes)
    {
        Name("name", a.Name, b.Name, changes);
        Vocabulary("scope", a.Scope.Code(), b.Scope.Code(), changes, "program_scope");
        Reference("owner", ValueKind.Partner, a.Owner, b.Owner, changes);
        Text("summary", a.Summary, b.Summary, changes);
        Text("body", a.Body, b.Body, changes);
        Citations(a.Sources, b.Sources, changes);
    }

    /// <summary>A short text shown before and after (a title, a name).</summary>
    private static void Name(string field, LocalizedText? a, LocalizedText? b, ImmutableArray<FieldChange>.Builder changes)
    {
        if (a != b)
        {
            changes.Add(new FieldChange(field, FieldChangeKind.Changed, TextValue(a), TextValue(b)));
        }
    }

    /// <summary>A long text: said to be rewritten, added or removed.</summary>
    private static void Text(string field, LocalizedText? a, LocalizedText? b, ImmutableArray<FieldChange>.Builder changes)
    {
        if (a == b)
        {
            return;
        }

        var kind = a is null ? FieldChangeKind.Added : b is null ? FieldChangeKind.Removed : FieldChangeKind.Edited;
        changes.Add(new FieldChange(field, kind));
    }

    private static void Scalar(string field, string? a, string? b, ImmutableArray<FieldChange>.Builder changes)
    {
        if (!string.Equals(a, b, StringComparison.Ordinal))
        {
            changes.Add(new FieldChange(field, FieldChangeKind.Changed, a is null ? null : new ChangeValue(ValueKind.Plain, a), b is null ? null : new ChangeValue(ValueKind.Plain, b)));
        }
    }

    private static void Vocabulary(string field, string a, string b, ImmutableArray<FieldChange>.Builder changes, string? list = null)
    {
        if (!string.Equals(a, b, StringComparison.Ordinal))
        {
            list ??= field;
            changes.Add(new FieldChange(field, FieldChangeKind.Changed, new ChangeValue(ValueKind.Vocabulary, a, Vocabulary: list), new ChangeValue(ValueKind.Vocabulary, b, Vocabulary: list)));
        }
    }

    private static void Reference<T>(string field, ValueKind kind, EntityRef<T>? a, EntityRef<T>? b, ImmutableArray<FieldChange>.Builder changes)
        where T : class
    {
        if (a?.Id == b?.Id)
        {
            return;
        }

        changes.Add(new FieldChange(
            field,
            a is null ? FieldChangeKind.Added : b is null ? FieldChangeKind.Removed : FieldChangeKind.Changed,
            a is null ? null : new ChangeValue(kind, a.Id),
            b is null ? null : new ChangeValue(kind, b.Id)));
    }

    /// <summary>Items of a list added and removed, in the order the new and old lists give them.</summary>
    private static void Set(string field, ValueKind kind, IEnumerable<string> a, IEnumerable<string> b, ImmutableArray<FieldChange>.Builder changes)
    {
        var before = a.ToArray();
        var after = b.ToArray();
        foreach (var added in after.Except(before, StringComparer.Ordinal))
        {
            changes.Add(new FieldChange(field, FieldChangeKind.Added, After: new ChangeValue(kind, added)));
        }

        foreach (var removed in before.Except(after, StringComparer.Ordinal))
        {
            changes.Add(new FieldChange(field, FieldChangeKind.Removed, Before: new ChangeValue(kind, removed)));
        }
    }

    /// <summary>Citations added and removed (a quote corrected is one of each), counted, not listed.</summary>
    private static void Citations(ImmutableArray<Citation> a, ImmutableArray<Citation> b, ImmutableArray<FieldChange>.Builder changes)
    {
        var before = a.Select(c => (c.Seed, c.Quote)).ToList();
        var added = 0;
        foreach (var citation in b.Select(c => (c.Seed, c.Quote)))
        {
            if (!before.Remove(citation))
            {
                added++;
            }
        }

        if (added > 0)
        {
            changes.Add(new FieldChange("sources", FieldChangeKind.Added, After: new ChangeValue(ValueKind.Plain, added.ToString(CultureInfo.InvariantCulture))));
        }

        if (before.Count > 0)
        {
            changes.Add(new FieldChange("sources", FieldChangeKind.Removed, Before: new ChangeValue(ValueKind.Plain, before.Count.ToString(CultureInfo.InvariantCulture))));
        }
    }

    /// <summary>
    /// A breakdown's lines whose amount changed, or that came or went, each with its year or label and its amounts
    /// before and after ("2026: 2.3억 → 2.4억"); when only a label's wording or the lines' order changed, that the
    /// breakdown was revised.
    /// </summary>
    private static void Breakdown(ImmutableArray<BreakdownItem> a, ImmutableArray<BreakdownItem> b, ImmutableArray<FieldChange>.Builder changes)
    {
        static (int?, string?) Key(BreakdownItem item) => (item.Year, item.Label?.Ko);
        static ChangeValue LineName(BreakdownItem item) => item.Label is { } label
            ? new ChangeValue(ValueKind.Text, label.Ko, label)
            : new ChangeValue(ValueKind.Plain, item.Year!.Value.ToString(CultureInfo.InvariantCulture));
        var before = a.GroupBy(Key).ToDictionary(g => g.Key, g => g.First());
        var after = b.GroupBy(Key).ToDictionary(g => g.Key, g => g.First());
        var found = false;
        foreach (var line in b.Concat(a.Where(item => !after.ContainsKey(Key(item)))).DistinctBy(Key))
        {
            var was = before.GetValueOrDefault(Key(line));
            var now = after.GetValueOrDefault(Key(line));
            if (was?.Amount != now?.Amount)
            {
                changes.Add(new FieldChange("breakdown", FieldChangeKind.Changed, was is null ? null : Money(was.Amount), now is null ? null : Money(now.Amount), LineName(line)));
                found = true;
            }
        }

        static (int? Year, LocalizedText? Label, long Amount) Whole(BreakdownItem item) => (item.Year, item.Label, item.Amount.Value);
        if (!found && !a.Select(Whole).SequenceEqual(b.Select(Whole)))
        {
            changes.Add(new FieldChange("breakdown", FieldChangeKind.Edited));
        }
    }

    private static ChangeValue Money(Krw amount) => new(ValueKind.Money, amount.Value.ToString(CultureInfo.InvariantCulture));

    private static ChangeValue? Date(PartialDate? date) => date is null ? null : new ChangeValue(ValueKind.Date, date.Iso);

    private static ChangeValue? TextValue(LocalizedText? text) => text is null ? null : new ChangeValue(ValueKind.Text, text.Ko, text);

    private static string? Period(Period? period) => period is null ? null : $"{period.From?.ToString(CultureInfo.InvariantCulture)}–{period.To?.ToString(CultureInfo.InvariantCulture)}";
}
