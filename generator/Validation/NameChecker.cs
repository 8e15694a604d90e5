using System.Collections.Immutable;
using Hubwatch.Content;
using Hubwatch.Diagnostics;

namespace Hubwatch.Validation;

/// <summary>
/// A partner a record's prose names is one the record links (a party, the funder, the owner, a partner of
/// its agreements or funding), so a reader can follow the name; and a partner whose own text names a hub
/// or program shows that hub or program on its page.
/// </summary>
public static class NameChecker
{
    /// <summary>One text a record writes, named as its field is.</summary>
    private sealed record Prose(string Field, LocalizedText Text);

    private sealed record Named(int Offset, int Length, string Id, string Name);

    public static ImmutableArray<Diagnostic> Check(ContentSet content)
    {
        var names = new PartnerNames(content.Partners
            .SelectMany(p => p.Aliases.Append(p.Name.Ko).Where(n => n.Length >= 2).Select(n => (Name: n, Id: p.Id.Value)))
            .DistinctBy(n => n.Name, StringComparer.Ordinal));
        var links = new Links(content);
        return DiagnosticBag.Collect(bag =>
        {
            foreach (var agreement in content.Agreements)
            {
                var linked = agreement.Parties.Select(p => links.Id(p.Partner)).ToHashSet(StringComparer.Ordinal);
                // The program an agreement belongs to links its owner: "<owner>'s programme" names the owner.
                if (agreement.Program is not null && content.Programs.FirstOrDefault(p => p.Id == agreement.Program.Id)?.Owner is { } owner)
                {
                    linked.Add(links.Id(owner));
                }

                var texts = new List<Prose> { new("title", agreement.Title), new("summary", agreement.Summary) };
                texts.AddRange(agreement.Parties.Select((p, i) => p.Undertakes is null ? null : new Prose($"parties[{i}].undertakes", p.Undertakes)).OfType<Prose>());
                CheckNames(texts, linked, names, $"agreement '{agreement.Id}'", "add it as a party, or remove the name", agreement.Where, bag);
            }

            foreach (var funding in content.Funding)
            {
                var linked = new HashSet<string>(StringComparer.Ordinal);
                if (funding.Funder is not null)
                {
                    linked.Add(links.Id(funding.Funder));
                }

                linked.UnionWith(funding.Program is null ? [] : links.PartnersOfProgram(funding.Program.Id));
                foreach (var hub in content.Hubs.Where(h => funding.Hubs.Any(r => r.Id == h.Id)))
                {
                    linked.UnionWith(links.PartnersOfHub(hub));
                }

                CheckNames([new("title", funding.Title), new("purpose", funding.Purpose)], linked, names, $"funding '{funding.Id}'", "name it as the funder, or link it to the figure's program or hub, or remove the name", funding.Where, bag);
            }

            foreach (var program in content.Programs)
            {
                // A program's text may name the partners of the hubs it runs at, as the program page lists those hubs.
                var linked = new HashSet<string>(links.PartnersOfProgram(program.Id), StringComparer.Ordinal);
                foreach (var hub in content.Hubs.Where(h => h.Programs.Any(r => r.Id == program.Id)))
                {
                    linked.UnionWith(links.PartnersOfHub(hub));
                }

                CheckNames([new("summary", program.Summary), new("body", program.Body)], linked, names, $"program '{program.Id}'",
                    "make it the owner, a party to one of the program's agreements, the funder of its funding or a partner of a hub it runs at, or remove the name", program.Where, bag);
            }

            foreach (var hub in content.Hubs)
            {
                CheckNames([new("summary", hub.Summary), new("body", hub.Body)], links.PartnersOfHub(hub), names, $"hub '{hub.Id}'",
                    "link it through an agreement, a funding figure or a program it owns, or remove the name", hub.Where, bag);
            }

            foreach (var partner in content.Partners)
            {
                if (partner.Summary is not null)
                {
                    CheckNames([new("summary", partner.Summary)], links.PartnersOfPartner(partner.Id), names, $"partner '{partner.Id}'",
                        "link the two through an agreement or program, or remove the name", partner.Where, bag);
                    CheckShown(partner, content, links, bag);
                }
            }
        });
    }

    /// <summary>Each name in the Korean texts that belongs to a partner the record does not link.</summary>
    private static void CheckNames(IEnumerable<Prose> texts, IReadOnlySet<string> linked, PartnerNames names, string what, string hint, SourceLocation fallback, DiagnosticBag bag)
    {
        foreach (var prose in texts)
        {
            foreach (var named in Find(prose.Text.Ko, names).Where(n => !linked.Contains(n.Id)))
            {
                bag.Error(
                    prose.Text.KoWritten?.Locate(prose.Text.Ko, named.Offset) ?? fallback,
                    $"{prose.Field}.ko names '{named.Name}' (partner '{named.Id}'), which {what} does not link",
                    hint);
            }
        }
    }

    /// <summary>A hub or program the partner's summary names must be on the partner's page.</summary>
    private static void CheckShown(Partner partner, ContentSet content, Links links, DiagnosticBag bag)
    {
        var text = partner.Summary!.Ko;
        var hubs = links.HubsOfPartner(partner.Id);
        foreach (var hub in content.Hubs)
        {
            var at = text.IndexOf(hub.Name.Ko, StringComparison.Ordinal);
            if (at >= 0 && !hubs.Contains(hub.Id))
            {
                bag.Error(partner.Summary.KoWritten?.Locate(text, at) ?? partner.Where,
                    $"summary.ko names hub '{hub.Id}', which the page of partner '{partner.Id}' does not show",
                    "link the partner to the hub through an agreement, a funding figure or a program it owns, or remove the name");
            }
        }

        var programs = links.ProgramsOfPartner(partner.Id);
        foreach (var program in content.Programs)
        {
            var name = ProgramName(program.Name.Ko);
            var at = text.IndexOf(name, StringComparison.Ordinal);
            if (name.Length >= 4 && at >= 0 && !programs.Contains(program.Id))
            {
                bag.Error(partner.Summary.KoWritten?.Locate(text, at) ?? partner.Where,
                    $"summary.ko names program '{program.Id}', which the page of partner '{partner.Id}' does not show",
                    "make the partner the program's owner or a party to one of its agreements, or remove the name");
            }
        }
    }

    /// <summary>A program's name without its parenthesised qualifier: "공공 클라우드 네이티브 전환 (디지털플랫폼정부)" is named as "공공 클라우드 네이티브 전환".</summary>
    private static string ProgramName(string name) => name.IndexOf(" (", StringComparison.Ordinal) is var cut and > 0 ? name[..cut] : name;

    /// <summary>Partner names in a text, longest first where they overlap ("광주시의회" is not also "광주시").</summary>
    private static IEnumerable<Named> Find(string text, PartnerNames names)
    {
        var found = new List<Named>();
        for (var at = 0; at + 1 < text.Length; at++)
        {
            foreach (var (name, id) in names.StartingWith(text[at], text[at + 1]))
            {
                // A name is found where it starts, and not again inside itself (as IndexOf after the end finds it).
                if (string.CompareOrdinal(text, at, name, 0, name.Length) == 0 && !found.Any(f => f.Name == name && f.Offset + f.Length > at))
                {
                    found.Add(new Named(at, name.Length, id, name));
                }
            }
        }

        return found
            .Where(n => !found.Any(o => o.Length > n.Length && o.Offset <= n.Offset && o.Offset + o.Length >= n.Offset + n.Length))
            .GroupBy(n => n.Id, StringComparer.Ordinal)
            .Select(g => g.OrderBy(n => n.Offset).First())
            .OrderBy(n => n.Offset);
    }

    /// <summary>The partners' names (two characters or more), looked up by their first two characters.</summary>
    private sealed class PartnerNames(IEnumerable<(string Name, string Id)> names)
    {
        private readonly ILookup<(char, char), (string Name, string Id)> _byStart = names.ToLookup(n => (n.Name[0], n.Name[1]));

        public IEnumerable<(string Name, string Id)> StartingWith(char first, char second) => _byStart[(first, second)];
    }

    /// <summary>Who is linked to what, worked out once from the content, as the site's pages link them.</summary>
    private sealed class Links
    {
        private readonly ContentSet _content;
        private readonly Dictionary<string, string> _ids = new(StringComparer.Ordinal);
        private readonly Dictionary<string, HashSet<string>> _partnersOfProgram = new(StringComparer.Ordinal);
        private readonly Dictionary<string, HashSet<string>> _hubsOfPartner = new(StringComparer.Ordinal);
        private readonly Dictionary<string, HashSet<string>> _programsOfPartner = new(StringComparer.Ordinal);
        private readonly Dictionary<string, HashSet<string>> _coPartners = new(StringComparer.Ordinal);
        private readonly Dictionary<string, HashSet<string>> _partnersOfHub = new(StringComparer.Ordinal);

        public Links(ContentSet content)
        {
            _content = content;
            foreach (var partner in content.Partners)
            {
                foreach (var name in partner.Aliases.Append(partner.Name.Ko))
                {
                    _ids.TryAdd(name, partner.Id);
                }
            }

            foreach (var partner in content.Partners)
            {
                _ids[partner.Id] = partner.Id;
            }
            var hubsByProgram = content.Hubs.SelectMany(h => h.Programs.Select(p => (Program: p.Id, Hub: h.Id))).ToLookup(x => x.Program, x => x.Hub, StringComparer.Ordinal);
            foreach (var program in content.Programs.Where(p => p.Owner is not null))
            {
                Add(_partnersOfProgram, program.Id, Id(program.Owner!));
                Add(_programsOfPartner, Id(program.Owner!), program.Id);
                foreach (var hub in hubsByProgram[program.Id])
                {
                    Add(_hubsOfPartner, Id(program.Owner!), hub);
                }
            }

            // Two programs may share an id in content that has errors: each one's owner counts.
            var owners = content.Programs.Where(p => p.Owner is not null).ToLookup(p => p.Id.Value, p => Id(p.Owner!), StringComparer.Ordinal);
            foreach (var hub in content.Hubs)
            {
                foreach (var owner in hub.Programs.SelectMany(p => owners[p.Id.Value]))
                {
                    Add(_partnersOfHub, hub.Id, owner);
                }
            }

            foreach (var agreement in content.Agreements)
            {
                var parties = agreement.Parties.Select(p => Id(p.Partner)).ToList();
                foreach (var party in parties)
                {
                    Add(_partnersOfHub, agreement.Hub.Id, party);
                    Add(_hubsOfPartner, party, agreement.Hub.Id);
                    if (agreement.Program is not null)
                    {
                        Add(_partnersOfProgram, agreement.Program.Id, party);
                        Add(_programsOfPartner, party, agreement.Program.Id);
                    }

                    foreach (var other in parties)
                    {
                        Add(_coPartners, party, other);
                    }
                }
            }

            foreach (var funding in content.Funding.Where(f => f.Funder is not null))
            {
                foreach (var hub in funding.Hubs)
                {
                    Add(_hubsOfPartner, Id(funding.Funder!), hub.Id);
                    Add(_partnersOfHub, hub.Id, Id(funding.Funder!));
                }

                if (funding.Program is not null)
                {
                    Add(_partnersOfProgram, funding.Program.Id, Id(funding.Funder!));
                    Add(_programsOfPartner, Id(funding.Funder!), funding.Program.Id);
                }
            }
        }

        public IReadOnlySet<string> PartnersOfProgram(string program) => Get(_partnersOfProgram, program);

        public IReadOnlySet<string> HubsOfPartner(string partner) => Get(_hubsOfPartner, partner);

        public IReadOnlySet<string> ProgramsOfPartner(string partner) => Get(_programsOfPartner, partner);

        /// <summary>The partner itself, those it shares an agreement with, and the owners of programs it takes part in.</summary>
        public IReadOnlySet<string> PartnersOfPartner(string partner)
        {
            var set = new HashSet<string>(Get(_coPartners, partner), StringComparer.Ordinal) { partner };
            foreach (var program in ProgramsOfPartner(partner))
            {
                set.UnionWith(PartnersOfProgram(program));
            }

            return set;
        }

        /// <summary>Parties of the hub's agreements, funders of its funding, owners of its programs.</summary>
        public IReadOnlySet<string> PartnersOfHub(Hub hub) => Get(_partnersOfHub, hub.Id);

        /// <summary>A reference's partner id: references may name a partner by an alias.</summary>
        public string Id(EntityRef<Partner> reference) => _ids.TryGetValue(reference.Id, out var id) ? id : reference.Id;

        private static void Add(Dictionary<string, HashSet<string>> map, string key, string value)
        {
            if (!map.TryGetValue(key, out var set))
            {
                map[key] = set = new HashSet<string>(StringComparer.Ordinal);
            }

            set.Add(value);
        }

        private static IReadOnlySet<string> Get(Dictionary<string, HashSet<string>> map, string key) =>
            map.TryGetValue(key, out var set) ? set : new HashSet<string>(StringComparer.Ordinal);
    }
}
