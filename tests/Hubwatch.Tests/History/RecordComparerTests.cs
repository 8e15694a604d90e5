using Hubwatch.History;
using Hubwatch.Loading;
using Hubwatch.Tests.Support;

namespace Hubwatch.Tests.History;

public sealed class RecordComparerTests
{
    private static readonly string Mou = File.ReadAllText(Path.Combine(Repo.Fixtures, "base", "content", "agreements", "hanbit-mou-2024.yaml"));

    private static object? Agreement(string text) =>
        RecordTextReader.Read("agreements", "hanbit-mou-2024", text, "content/agreements/hanbit-mou-2024.yaml", new StringPool());

    [Fact]
    public void A_party_recorded_again_as_a_guest_is_a_change_of_its_role_and_nothing_else()
    {
        var guest = Mou.Replace("  - partner: 한빛대학교\n", "  - partner: 한빛대학교\n    role: guest\n", StringComparison.Ordinal);
        Assert.NotEqual(Mou, guest);

        var change = Assert.Single(RecordComparer.Compare(Agreement(Mou), Agreement(guest)));

        Assert.Equal(("role", FieldChangeKind.Edited, "한빛대학교"), (change.Field, change.Kind, change.After!.Raw));
        Assert.Empty(RecordComparer.Compare(Agreement(Mou), Agreement(Mou.Replace("  - partner: 한빛대학교\n", "  - partner: 한빛대학교\n    role: party\n", StringComparison.Ordinal))));
    }
}
