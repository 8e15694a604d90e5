using System.Collections.Immutable;
using Hubwatch.Content;
using Hubwatch.Diagnostics;

namespace Hubwatch.Validation;

/// <summary>Every id a record names must exist; an unknown one is reported with the closest ids.</summary>
public static class ReferenceChecker
{
    private static string Folder(string kind) => kind == "funding" ? kind : kind + "s";

    /// <summary>Every reference the content makes, checked against the index.</summary>
    public static ImmutableArray<Diagnostic> Check(ContentIndex index) =>
    [
        .. Check(index.Content.Hubs, index),
        .. Check(index.Content.Programs, index),
        .. Check(index.Content.Agreements, index),
        .. Check(index.Content.Funding, index),
        .. index.CitationsPerKind.SelectMany(facts => Check(facts, index)),
    ];

    /// <summary>The programs hubs take part in; reads the index's programs.</summary>
    public static ImmutableArray<Diagnostic> Check(ImmutableArray<Hub> hubs, ContentIndex index) =>
        DiagnosticBag.Collect(bag => CheckHubs(hubs, index, index.Content.Unreadable, bag));

    /// <summary>The programs' owners; reads the index's partner names.</summary>
    public static ImmutableArray<Diagnostic> Check(ImmutableArray<HubProgram> programs, ContentIndex index) =>
        DiagnosticBag.Collect(bag => CheckPrograms(programs, index, bag));

    /// <summary>The agreements' hubs, programs and parties; reads the index's hubs, programs and partner names.</summary>
    public static ImmutableArray<Diagnostic> Check(ImmutableArray<Agreement> agreements, ContentIndex index) =>
        DiagnosticBag.Collect(bag => CheckAgreements(agreements, index, index.Content.Unreadable, bag));

    /// <summary>The funding figures' hubs, funders, programs and wholes; reads the index's hubs, programs, partner names and funding.</summary>
    public static ImmutableArray<Diagnostic> Check(ImmutableArray<Funding> figures, ContentIndex index) =>
        DiagnosticBag.Collect(bag => CheckFunding(figures, index, index.Content.Unreadable, bag));

    /// <summary>The seeds citations name; reads the index's seeds.</summary>
    public static ImmutableArray<Diagnostic> Check(ImmutableArray<CitedFact> facts, ContentIndex index) =>
        DiagnosticBag.Collect(bag => CheckSeeds(facts, index, bag));

    private static void CheckHubs(ImmutableArray<Hub> hubs, ContentIndex index, ImmutableHashSet<string> unreadable, DiagnosticBag bag)
    {
        foreach (var hub in hubs)
        {
            foreach (var program in hub.Programs)
            {
                Expect("program", program, index.Programs, unreadable, bag);
            }

            ReportRepeats("program", hub.Programs, bag);
        }
    }

    private static void CheckPrograms(ImmutableArray<HubProgram> programs, ContentIndex index, DiagnosticBag bag)
    {
        foreach (var program in programs.Where(p => p.Owner is not null))
        {
            ExpectPartner(program.Owner!, index, index.Content.Unreadable, bag);
        }
    }

    private static void CheckAgreements(ImmutableArray<Agreement> agreements, ContentIndex index, ImmutableHashSet<string> unreadable, DiagnosticBag bag)
    {
        var parties = new Dictionary<string, SourceLocation>(StringComparer.Ordinal);
        foreach (var agreement in agreements)
        {
            Expect("hub", agreement.Hub, index.Hubs, unreadable, bag);
            if (agreement.Program is { } program)
            {
                Expect("program", program, index.Programs, unreadable, bag);
            }

            parties.Clear();
            foreach (var party in agreement.Parties)
            {
                if (ExpectPartner(party.Partner, index, unreadable, bag) is { } partner && !parties.TryAdd(partner.Id, party.Partner.Where))
                {
                    bag.Error(party.Partner.Where, $"partner '{partner.Id}' is listed twice in this agreement", $"first listed at line {parties[partner.Id].Line}");
                }
            }
        }
    }

    private static void CheckFunding(ImmutableArray<Funding> figures, ContentIndex index, ImmutableHashSet<string> unreadable, DiagnosticBag bag)
    {
        foreach (var funding in figures)
        {
            foreach (var hub in funding.Hubs)
            {
                Expect("hub", hub, index.Hubs, unreadable, bag);
            }

            ReportRepeats("hub", funding.Hubs, bag);
            foreach (var funder in funding.Funders)
            {
                ExpectPartner(funder, index, unreadable, bag);
            }

            foreach (var party in funding.SharedWith)
            {
                ExpectPartner(party, index, unreadable, bag);
            }

            ReportRepeats("funder", [.. funding.Funders], bag);
            ReportRepeats("partner", funding.SharedWith, bag);

            if (funding.Program is { } program)
            {
                Expect("program", program, index.Programs, unreadable, bag);
            }

            if (funding.PartOf is { } whole)
            {
                Expect("funding", whole, index.Funding, unreadable, bag);
            }
        }
    }

    private static void CheckSeeds(ImmutableArray<CitedFact> facts, ContentIndex index, DiagnosticBag bag)
    {
        foreach (var fact in facts)
        {
            // An empty seed is reported where it is written, by the loader.
            if (!fact.Citation.Seed.IsEmpty && !index.Seeds.ContainsKey(fact.Citation.Seed))
            {
                bag.Error(fact.Citation.SeedWhere ?? fact.Citation.Where, $"unknown seed '{fact.Citation.Seed}'", Suggest.Hint(fact.Citation.Seed, index.Seeds.Keys.Select(k => k.Value)) ?? "seeds are the .txt files in seeds/");
            }
        }
    }

    /// <summary>
    /// Reports an unknown partner. A partner is named by id, name or alias, so while a partner file cannot be read,
    /// any name might be in it: its syntax error is the one to fix, and names are checked once it reads.
    /// </summary>
    private static Partner? ExpectPartner(EntityRef<Partner> reference, ContentIndex index, ImmutableHashSet<string> unreadable, DiagnosticBag bag)
    {
        // A partner file that could not be read may be the one meant: by its id, its file name, or by a name or alias
        // written in it. An id-shaped reference to no such file is still reported, so one broken file hides no other mistake.
        var partner = index.Partner(reference.Id);
        var mayBeUnreadable = unreadable.Contains($"partners/{reference.Id}")
            || (!Slug.IsValid(reference.Id.Value) && unreadable.Any(u => u.StartsWith("partners/", StringComparison.Ordinal)));
        if (partner is null && !mayBeUnreadable)
        {
            bag.Error(reference.Where, $"unknown partner '{reference.Id}'", Suggest.Hint(reference.Id, index.PartnerNames.Keys) ?? "add it under content/partners/ or list it as an alias of a partner");
        }

        return partner;
    }

    /// <summary>Reports an unknown id. <paramref name="ids"/> is a set (a frozen dictionary's keys would be searched one by one).</summary>
    private static void Expect<T>(string kind, EntityRef<T> reference, IReadOnlyDictionary<Id<T>, T> ids, ImmutableHashSet<string> unreadable, DiagnosticBag bag)
        where T : class
    {
        if (!reference.Id.IsEmpty && !ids.ContainsKey(reference.Id) && !unreadable.Contains($"{Folder(kind)}/{reference.Id}"))
        {
            bag.Error(reference.Where, $"unknown {kind} '{reference.Id}'", Suggest.Hint(reference.Id, ids.Keys.Select(k => k.Value)) ?? $"{kind} ids are the file names in content/{Folder(kind)}/ without .yaml");
        }
    }

    private static void ReportRepeats<T>(string kind, ImmutableArray<EntityRef<T>> references, DiagnosticBag bag)
        where T : class
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
    private static bool MayRepeat<T>(ImmutableArray<EntityRef<T>> references)
        where T : class
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
