using System.Collections.Frozen;
using Hubwatch.Content;
using Hubwatch.History;
using Hubwatch.Loading;
using Hubwatch.Model;
using Hubwatch.Tests.Support;

namespace Hubwatch.Tests.History;

public sealed class RecordComparerTests
{
    private static readonly string Mou = Fixture("agreements", "hanbit-mou-2024");

    private static readonly string Budget = Fixture("funding", "hanbit-budget");

    /// <summary>A record file of the small fixture site, as text.</summary>
    private static string Fixture(string folder, string id) => File.ReadAllText(Path.Combine(Repo.Fixtures, "base", "content", folder, id + ".yaml"));

    /// <summary>The record a text of that file would be.</summary>
    private static object? Read(string folder, string id, string text) =>
        RecordTextReader.Read(folder, id, text, $"content/{folder}/{id}.yaml", new StringPool());

    private static object? Agreement(string text) => Read("agreements", "hanbit-mou-2024", text);

    private static object? Funding(string text) => Read("funding", "hanbit-budget", text);

    [Fact]
    public void A_party_recorded_again_as_a_guest_is_a_change_of_its_role_and_nothing_else()
    {
        var guest = Mou.Replace("  - partner: 한빛대학교\n", "  - partner: 한빛대학교\n    role: guest\n", StringComparison.Ordinal);
        Assert.NotEqual(Mou, guest);

        var change = Assert.Single(RecordComparer.Compare(Agreement(Mou), Agreement(guest)));

        Assert.Equal(("role", FieldChangeKind.Edited, "한빛대학교"), (change.Field, change.Kind, change.After!.Raw));
        Assert.Empty(RecordComparer.Compare(Agreement(Mou), Agreement(Mou.Replace("  - partner: 한빛대학교\n", "  - partner: 한빛대학교\n    role: party\n", StringComparison.Ordinal))));
    }

    [Fact]
    public void A_breakdown_change_names_each_line_whose_amount_changed_came_or_went_with_its_amounts()
    {
        // 2025's 7.5억 becomes 6.5억 and a 2026 line of 1억 is added; 2024's line is as it was.
        var after = Budget.Replace("  - { year: 2025, amount: 7.5억원 }\n", "  - { year: 2025, amount: 6.5억원 }\n  - { year: 2026, amount: 1억원 }\n", StringComparison.Ordinal);
        Assert.NotEqual(Budget, after);

        var changes = RecordComparer.Compare(Funding(Budget), Funding(after)).Where(c => c.Field == "breakdown").ToList();

        Assert.Equal(
            [("2025", "750000000", "650000000"), ("2026", null, "100000000")],
            changes.Select(c => (c.Line!.Raw, c.Before?.Raw, c.After?.Raw)).ToArray());
        var strings = new Strings(
            new Dictionary<string, string> { ["history.fields.breakdown"] = "연도별 내역", ["history.changed"] = "{0}: {1} → {2}", ["history.nothing"] = "(없음)" }.ToFrozenDictionary(),
            new Dictionary<string, string> { ["history.fields.breakdown"] = "Breakdown", ["history.changed"] = "{0}: {1} → {2}", ["history.nothing"] = "(none)" }.ToFrozenDictionary());
        var wording = new ChangeWording(ContentIndex.Of(SmallPortal.Content()), strings);
        Assert.Equal("Breakdown 2025: KRW 750 million → KRW 650 million", wording.Word(changes[0], Language.En));
        Assert.Equal("연도별 내역 2026: (없음) → 1억 원", wording.Word(changes[1], Language.Ko));

        // A label reworded, no amount changed: the breakdown was revised, no line is named.
        var relabelled = Budget.Replace("  - { year: 2024, amount: 5억원 }\n", "  - { label: { ko: 기투자, en: Already invested }, amount: 5억원 }\n", StringComparison.Ordinal);
        var reworded = relabelled.Replace("en: Already invested", "en: Invested already", StringComparison.Ordinal);
        Assert.Equal(("breakdown", FieldChangeKind.Edited, null), RecordComparer.Compare(Funding(relabelled), Funding(reworded)).Select(c => (c.Field, c.Kind, c.Line)).Single());
    }
}
