using System.Globalization;
using Hubwatch.Content;
using Hubwatch.History;

namespace Hubwatch.Model;

/// <summary>
/// Words a change for a reader of each language: "금액 150억 원 → 160억 원", "당사자 추가: 전북대학교", "출처 인용 추가",
/// "새로 등록". Linked records are named as the content names them now (an id no longer known is shown as written).
/// </summary>
public sealed class ChangeWording(ContentIndex index, Strings strings)
{
    public string Word(FieldChange change, Language language)
    {
        string T(string key) => strings.Get(language, "history." + key);
        var field = strings.For(language).GetValueOrDefault("history.fields." + change.Field) ?? change.Field;
        if (change.Line is { } line)
        {
            field += " " + Value(line, language);
        }

        var before = change.Before is null ? null : Value(change.Before, language);
        var after = change.After is null ? null : Value(change.After, language);
        if (change.Field == "sources")
        {
            var count = int.Parse((change.After ?? change.Before)!.Raw, CultureInfo.InvariantCulture);
            var key = change.Kind == FieldChangeKind.Added ? "sources_added" : "sources_removed";
            return count == 1 ? T(key) : string.Format(CultureInfo.InvariantCulture, T(key + "_many"), count);
        }

        return change.Kind switch
        {
            FieldChangeKind.Created => T("created"),
            FieldChangeKind.Deleted => T("deleted"),
            FieldChangeKind.Changed => string.Format(CultureInfo.InvariantCulture, T("changed"), field, before ?? T("nothing"), after ?? T("nothing")),
            FieldChangeKind.Added when after is not null => string.Format(CultureInfo.InvariantCulture, T("added"), field, after),
            FieldChangeKind.Removed when before is not null => string.Format(CultureInfo.InvariantCulture, T("removed"), field, before),
            FieldChangeKind.Edited when after is not null => string.Format(CultureInfo.InvariantCulture, T("edited_of"), field, after),
            FieldChangeKind.Added => string.Format(CultureInfo.InvariantCulture, T("written"), field),
            FieldChangeKind.Removed => string.Format(CultureInfo.InvariantCulture, T("cleared"), field),
            _ => string.Format(CultureInfo.InvariantCulture, T("edited"), field),
        };
    }

    /// <summary>A value as the language shows it.</summary>
    public string Value(ChangeValue value, Language language) => value.Kind switch
    {
        ValueKind.Money when long.TryParse(value.Raw, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var won) => MoneyFormatter.Format(new Krw(won), language),
        ValueKind.Date when PartialDate.TryParse(value.Raw, out var date, out _) => DateFormatter.Format(date!, language),
        ValueKind.Partner => index.Partner(new Id<Partner>(value.Raw))?.Name[language] ?? value.Raw,
        ValueKind.Hub => index.Hubs.TryGetValue(new Id<Hub>(value.Raw), out var hub) ? hub.Name[language] : value.Raw,
        ValueKind.Program => index.Programs.TryGetValue(new Id<HubProgram>(value.Raw), out var program) ? program.Name[language] : value.Raw,
        ValueKind.Funding => index.Funding.TryGetValue(new Id<Funding>(value.Raw), out var funding) ? funding.Title[language] : value.Raw,
        ValueKind.Vocabulary => strings.For(language).GetValueOrDefault(value.Vocabulary + "." + value.Raw) ?? value.Raw,
        ValueKind.Text => value.Text?[language] ?? value.Raw,
        _ => value.Raw,
    };
}
