using System.Reflection;
using Hubwatch.Content;

namespace Hubwatch.Tests.Architecture;

/// <summary>
/// A record's id and every reference to a record are typed by the kind they name, so a hub's id cannot be passed
/// where a partner's is expected, and the index is looked up only with an id of the kind it holds.
/// </summary>
public sealed class TypedIdTests
{
    public static TheoryData<Type> Records => [typeof(Hub), typeof(HubProgram), typeof(Partner), typeof(Agreement), typeof(Funding), typeof(Seed)];

    [Theory]
    [MemberData(nameof(Records))]
    public void Each_record_has_an_id_of_its_own_kind(Type record) =>
        Assert.Equal(typeof(Id<>).MakeGenericType(record), record.GetProperty("Id")!.PropertyType);

    [Fact]
    public void No_record_refers_to_another_by_plain_text()
    {
        var untyped = typeof(Funding).Assembly.GetTypes()
            .Where(t => t.Namespace == "Hubwatch.Content" && t.GetProperty("Where") is not null)
            .SelectMany(t => t.GetProperties(BindingFlags.Public | BindingFlags.Instance).Select(p => (Type: t, Property: p)))
            .Where(x => x.Property.Name is "Hub" or "Hubs" or "Program" or "Programs" or "Funder" or "Funders" or "CoFunders" or "Owner" or "PartOf" or "SharedWith" or "Partner" or "Seed")
            .Where(x => !Refers(x.Property.PropertyType))
            .Select(x => $"{x.Type.Name}.{x.Property.Name} ({x.Property.PropertyType.Name})")
            .ToList();
        Assert.True(untyped.Count == 0, "references by plain text: " + string.Join(", ", untyped));
    }

    [Fact]
    public void The_index_is_keyed_by_the_kind_it_holds()
    {
        Assert.Equal(typeof(IReadOnlyDictionary<Id<Hub>, Hub>), typeof(ContentIndex).GetProperty(nameof(ContentIndex.Hubs))!.PropertyType);
        Assert.Equal(typeof(IReadOnlyDictionary<Id<Partner>, Partner>), typeof(ContentIndex).GetProperty(nameof(ContentIndex.Partners))!.PropertyType);
        Assert.Equal(typeof(IReadOnlyDictionary<Id<Funding>, Funding>), typeof(ContentIndex).GetProperty(nameof(ContentIndex.Funding))!.PropertyType);
    }

    [Fact]
    public void An_id_reads_as_its_text_and_equals_only_the_same_text()
    {
        var id = new Id<Hub>("jeonju");
        string text = id;
        Assert.Equal("jeonju", text);
        Assert.Equal(new Id<Hub>("jeonju"), id);
        Assert.NotEqual(new Id<Hub>("Jeonju"), id);
        Assert.True(new Id<Hub>("").IsEmpty);
        Assert.True(new Id<Hub>("a").CompareTo(new Id<Hub>("b")) < 0);
    }

    /// <summary>Whether a type is a typed id or reference, or a list or nullable of one.</summary>
    private static bool Refers(Type type)
    {
        type = Nullable.GetUnderlyingType(type) ?? type;
        if (!type.IsGenericType)
        {
            return false;
        }

        var definition = type.GetGenericTypeDefinition();
        return definition == typeof(Id<>) || definition == typeof(EntityRef<>) || type.GetGenericArguments().Any(Refers);
    }
}
