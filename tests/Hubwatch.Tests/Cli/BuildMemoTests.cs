using System.Collections.Immutable;
using Hubwatch.Cli;
using Hubwatch.Content;
using Hubwatch.Tests.Support;
using Hubwatch.Validation;

namespace Hubwatch.Tests.Cli;

public sealed class BuildMemoTests
{
    [Fact]
    public void A_stage_is_worked_out_once_per_array_of_records()
    {
        var memo = new BuildMemo();
        var calls = 0;
        ImmutableArray<Hub> hubs = [SmallPortal.Hub];
        int Count(ImmutableArray<Hub> records) => ++calls + records.Length * 0;

        Assert.Equal(1, memo.Reuse(hubs, Count));
        Assert.Equal(1, memo.Reuse(hubs, Count));

        // Equal records in another array (a folder read again) are worked out again.
        Assert.Equal(2, memo.Reuse([.. hubs], Count));
    }

    [Fact]
    public void A_kept_result_holds_only_while_what_the_stage_also_read_is_the_same()
    {
        var memo = new BuildMemo();
        var content = SmallPortal.Content();
        var index = ContentIndex.Of(content);
        var first = memo.Reuse(content.Agreements, index.PartnerNames, agreements => ReferenceChecker.Check(agreements, index));
        Assert.Empty(first);

        // The university is gone: the agreement that names it must be checked again, though it did not change.
        var without = ContentIndex.Of(content with { Partners = [SmallPortal.City] });
        var second = memo.Reuse(content.Agreements, without.PartnerNames, agreements => ReferenceChecker.Check(agreements, without));
        Assert.Equal("unknown partner '한빛대학교'", Assert.Single(second).Message);
    }

    [Fact]
    public void Sets_of_names_compare_by_their_members()
    {
        var memo = new BuildMemo();
        ImmutableArray<Hub> hubs = [SmallPortal.Hub];
        var calls = 0;
        Func<ImmutableArray<Hub>, int> stage = _ => ++calls;
        memo.Reuse(hubs, ImmutableHashSet.Create("hubs/a"), stage);
        memo.Reuse(hubs, ImmutableHashSet.Create("hubs/a"), stage);
        Assert.Equal(1, calls);
        memo.Reuse(hubs, ImmutableHashSet.Create("hubs/b"), stage);
        Assert.Equal(2, calls);
    }

    [Fact]
    public void Each_record_is_worked_out_once_per_instance()
    {
        var memo = new BuildMemo();
        var first = memo.ReuseEach<Hub, CitedFact[]>([SmallPortal.Hub], ContentSetExtensions.CitationsOf);
        var again = memo.ReuseEach<Hub, CitedFact[]>([SmallPortal.Hub], ContentSetExtensions.CitationsOf);
        Assert.Same(first[0], again[0]);
        var edited = memo.ReuseEach<Hub, CitedFact[]>([SmallPortal.Hub with { Id = new("hanbit-2") }], ContentSetExtensions.CitationsOf);
        Assert.Equal("hanbit-2", Assert.Single(edited[0]).RecordId);
    }
}
