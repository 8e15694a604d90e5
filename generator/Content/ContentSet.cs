using System.Collections.Immutable;

namespace Hubwatch.Content;

/// <summary>Everything loaded from <c>content/</c> and <c>seeds/</c>, before validation.</summary>
public sealed record ContentSet(
    SiteConfig Site,
    ImmutableArray<Seed> Seeds,
    ImmutableArray<Hub> Hubs,
    ImmutableArray<HubProgram> Programs,
    ImmutableArray<Partner> Partners,
    ImmutableArray<Agreement> Agreements,
    ImmutableArray<Funding> Funding,
    ImmutableArray<TextPage> Pages)
{
    /// <summary>Records whose files could not be read at all, as <c>folder/id</c> (<c>hubs/jeonju</c>); references to them are not reported again as unknown.</summary>
    public ImmutableHashSet<string> Unreadable { get; init; } = [];
}
