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
        // An amount changed from one to another is shown at decimals that tell the two apart ("KRW 1.2097 trillion → KRW 1.2099 trillion").
        var decimals = MoneyFormatter.DecimalsApart(new[] { change.Before, change.After }.Select(Won).OfType<Krw>());
        var before = change.Before is null ? null : Value(change.Before, language, decimals);
        var after = change.After is null ? null : Value(change.After, language, decimals);
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

    /// <summary>A value as the language shows it; an amount in English at <paramref name="decimals"/>.</summary>
    public string Value(ChangeValue value, Language language, int decimals = MoneyFormatter.EnglishDecimals) => value.Kind switch
    {
        ValueKind.Money when Won(value) is { } won => MoneyFormatter.Format(won, language, decimals),
        ValueKind.Date when PartialDate.TryParse(value.Raw, out var date, out _) => DateFormatter.Format(date!, language),
        ValueKind.Partner => index.Partner(new Id<Partner>(value.Raw))?.Name[language] ?? value.Raw,
        ValueKind.Hub => index.Hubs.TryGetValue(new Id<Hub>(value.Raw), out var hub) ? hub.Name[language] : value.Raw,
        ValueKind.Program => index.Programs.TryGetValue(new Id<HubProgram>(value.Raw), out var program) ? program.Name[language] : value.Raw,
        ValueKind.Funding => index.Funding.TryGetValue(new Id<Funding>(value.Raw), out var funding) ? funding.Title[language] : value.Raw,
        ValueKind.Vocabulary => strings.For(language).GetValueOrDefault(value.Vocabulary + "." + value.Raw) ?? value.Raw,
        ValueKind.Text => value.Text?[language] ?? value.Raw,
        _ => value.Raw,
    };

    private static Krw? Won(ChangeValue? value) =>
        value is { Kind: ValueKind.Money } && long.TryParse(value.Raw, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var won) ? new Krw(won) : null;
}
