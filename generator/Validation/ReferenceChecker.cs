using System.Collections.Immutable;
using Hubwatch.Content;
using Hubwatch.Diagnostics;

namespace Hubwatch.Validation;

/// <summary>Every id a record names must exist; an unknown one is reported with the closest ids.</summary>
public static class ReferenceChecker
{
    private static string Folder(string kind) => kind == "funding" ? kind : kind + "s";

    public static void Check(ContentIndex index, DiagnosticBag bag)
    {
        var content = index.Content;
        var unreadable = content.Unreadable;
        foreach (var hub in content.Hubs)
        {
            foreach (var program in hub.Programs)
            {
                Expect("program", program, index.Programs, unreadable, bag);
            }

            ReportRepeats("program", hub.Programs, bag);
        }

        foreach (var program in content.Programs.Where(p => p.Owner is not null))
        {
            ExpectPartner(program.Owner!, index, bag);
        }

        var parties = new Dictionary<string, SourceLocation>(StringComparer.Ordinal);
        foreach (var agreement in content.Agreements)
        {
            Expect("hub", agreement.Hub, index.Hubs, unreadable, bag);
            if (agreement.Program is { } program)
            {
                Expect("program", program, index.Programs, unreadable, bag);
            }

            parties.Clear();
            foreach (var party in agreement.Parties)
            {
                if (ExpectPartner(party.Partner, index, bag) is { } partner && !parties.TryAdd(partner.Id, party.Partner.Where))
                {
                    bag.Error(party.Partner.Where, $"partner '{partner.Id}' is listed twice in this agreement", $"first listed at line {parties[partner.Id].Line}");
                }
            }
        }

        foreach (var funding in content.Funding)
        {
            foreach (var hub in funding.Hubs)
            {
                Expect("hub", hub, index.Hubs, unreadable, bag);
            }

            ReportRepeats("hub", funding.Hubs, bag);
            if (funding.Funder is { } funder)
            {
                ExpectPartner(funder, index, bag);
            }

            if (funding.Program is { } program)
            {
                Expect("program", program, index.Programs, unreadable, bag);
            }

            if (funding.PartOf is { } whole)
            {
                Expect("funding", whole, index.Funding, unreadable, bag);
            }
        }

        foreach (var fact in index.Citations)
        {
            // An empty seed is reported where it is written, by the loader.
            if (fact.Citation.Seed.Length > 0 && !index.Seeds.ContainsKey(fact.Citation.Seed))
            {
                bag.Error(fact.Citation.Where, $"unknown seed '{fact.Citation.Seed}'", Suggest.Hint(fact.Citation.Seed, index.Seeds.Keys) ?? "seeds are the .txt files in seeds/");
            }
        }
    }

    private static Partner? ExpectPartner(EntityRef reference, ContentIndex index, DiagnosticBag bag)
    {
        var partner = index.Partner(reference.Id);
        if (partner is null)
        {
            bag.Error(reference.Where, $"unknown partner '{reference.Id}'", Suggest.Hint(reference.Id, index.PartnerNames.Keys) ?? "add it under content/partners/ or list it as an alias of a partner");
        }

        return partner;
    }

    /// <summary>Reports an unknown id. <paramref name="ids"/> is a set (a frozen dictionary's keys would be searched one by one).</summary>
    private static void Expect<T>(string kind, EntityRef reference, IReadOnlyDictionary<string, T> ids, ImmutableHashSet<string> unreadable, DiagnosticBag bag)
    {
        if (reference.Id.Length > 0 && !ids.ContainsKey(reference.Id) && !unreadable.Contains($"{Folder(kind)}/{reference.Id}"))
        {
            bag.Error(reference.Where, $"unknown {kind} '{reference.Id}'", Suggest.Hint(reference.Id, ids.Keys) ?? $"{kind} ids are the file names in content/{Folder(kind)}/ without .yaml");
        }
    }

    private static void ReportRepeats(string kind, ImmutableArray<EntityRef> references, DiagnosticBag bag)
    {
        if (!MayRepeat(references))
        {
            return;
        }

        foreach (var repeat in references.GroupBy(r => r.Id).SelectMany(g => g.Skip(1)))
        {
            bag.Error(repeat.Where, $"{kind} '{repeat.Id}' is listed twice");
        }
    }

    /// <summary>Whether an id may come twice: short lists (nearly all) compare every pair, long ones are left to the grouping.</summary>
    private static bool MayRepeat(ImmutableArray<EntityRef> references)
    {
        if (references.Length > 16)
        {
            return true;
        }

        for (var i = 1; i < references.Length; i++)
        {
            for (var j = 0; j < i; j++)
            {
                if (references[i].Id == references[j].Id)
                {
                    return true;
                }
            }
        }

        return false;
    }
}
