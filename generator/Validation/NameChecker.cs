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

    /// <summary>A partner's name found in a record's Korean text (<paramref name="Field"/>), at an offset in it.</summary>
    public sealed record Mention(string Field, LocalizedText Text, int Offset, string Id, string Name);

    /// <summary>A hub's or program's name found in a partner's Korean summary, at an offset in it.</summary>
    public sealed record Shown(bool IsHub, string Id, int Offset);

    public static ImmutableArray<Diagnostic> Check(ContentSet content)
    {
        var names = NamesOf(NameList(content.Partners));
        var places = PlacesOf(PlaceList(content));
        var links = new Links(content);
        return
        [
            .. content.Agreements.SelectMany(agreement => Check(agreement, MentionsIn(agreement, names), links)),
            .. content.Funding.SelectMany(funding => Check(funding, MentionsIn(funding, names), links)),
            .. content.Programs.SelectMany(program => Check(program, MentionsIn(program, names), links)),
            .. content.Hubs.SelectMany(hub => Check(hub, MentionsIn(hub, names), links)),
            .. content.Partners.SelectMany(partner => Check(partner, MentionsIn(partner, names), ShownIn(partner, places), links)),
        ];
    }

    /// <summary>The partners an agreement's prose names that are not its parties (or the owner of its program).</summary>
    /// <param name="found">What its texts name (<see cref="MentionsIn(Agreement, PartnerNames)"/>).</param>
    public static ImmutableArray<Diagnostic> Check(Agreement agreement, Mention[] found, Links links) => DiagnosticBag.Collect(bag =>
    {
        var linked = agreement.Parties.Select(p => links.Id(p.Partner)).ToHashSet(StringComparer.Ordinal);
        // The program an agreement belongs to links its owner: "<owner>'s programme" names the owner.
        if (agreement.Program is not null && links.OwnerOfProgram(agreement.Program.Id) is { } owner)
        {
            linked.Add(owner);
        }

        Report(found, linked.Contains, $"agreement '{agreement.Id}'", "add it as a party, or remove the name", agreement.Where, bag);
    });

    /// <summary>The partners a figure's prose names that are not its funder, nor partners of its program or hubs.</summary>
    public static ImmutableArray<Diagnostic> Check(Funding funding, Mention[] found, Links links)
    {
        if (found.Length == 0)
        {
            return [];
        }

        // Asked only of the few names a text holds, rather than gathered for every figure.
        var funder = funding.Funder is null ? null : links.Id(funding.Funder);
        var ofProgram = funding.Program is null ? new HashSet<string>() : links.PartnersOfProgram(funding.Program.Id);
        bool Linked(string id) => id == funder || ofProgram.Contains(id) || funding.Hubs.Any(h => links.PartnersOfHub(h.Id).Contains(id));

        return DiagnosticBag.Collect(bag =>
            Report(found, Linked, $"funding '{funding.Id}'", "name it as the funder, or link it to the figure's program or hub, or remove the name", funding.Where, bag));
    }

    /// <summary>The partners a program's prose names that it is not linked to.</summary>
    public static ImmutableArray<Diagnostic> Check(HubProgram program, Mention[] found, Links links) => DiagnosticBag.Collect(bag =>
    {
        // A program's text may name the partners of the hubs it runs at, as the program page lists those hubs.
        var linked = new HashSet<string>(links.PartnersOfProgram(program.Id), StringComparer.Ordinal);
        foreach (var hub in links.HubsRunning(program.Id))
        {
            linked.UnionWith(links.PartnersOfHub(hub));
        }

        Report(found, linked.Contains, $"program '{program.Id}'",
            "make it the owner, a party to one of the program's agreements, the funder of its funding or a partner of a hub it runs at, or remove the name", program.Where, bag);
    });

    /// <summary>The partners a hub's prose names that it is not linked to.</summary>
    public static ImmutableArray<Diagnostic> Check(Hub hub, Mention[] found, Links links) => DiagnosticBag.Collect(bag =>
        Report(found, links.PartnersOfHub(hub.Id).Contains, $"hub '{hub.Id}'",
            "link it through an agreement, a funding figure or a program it owns, or remove the name", hub.Where, bag));

    /// <summary>The partners, hubs and programs a partner's summary names that its page does not link.</summary>
    /// <param name="shown">The hubs and programs its summary names (<see cref="ShownIn"/>).</param>
    public static ImmutableArray<Diagnostic> Check(Partner partner, Mention[] found, Shown[] shown, Links links) => DiagnosticBag.Collect(bag =>
    {
        if (partner.Summary is not null)
        {
            Report(found, other => links.IsLinkedToPartner(partner.Id, other), $"partner '{partner.Id}'",
                "link the two through an agreement or program, or remove the name", partner.Where, bag);
            ReportShown(partner, shown, links, bag);
        }
    });

    /// <summary>The partners' names (two characters or more) with their ids, each name once, as the check looks for them.</summary>
    public static ImmutableArray<(string Name, string Id)> NameList(ImmutableArray<Partner> partners) =>
    [
        .. partners
            .SelectMany(p => p.Aliases.Append(p.Name.Ko).Where(n => n.Length >= 2).Select(n => (Name: n, Id: p.Id.Value)))
            .DistinctBy(n => n.Name, StringComparer.Ordinal),
    ];

    /// <summary>The names of <see cref="NameList"/>, looked up by their first two characters.</summary>
    public static PartnerNames NamesOf(ImmutableArray<(string Name, string Id)> names) => new(names);

    /// <summary>The hubs' and programs' Korean names as a partner's summary may name them, in content order.</summary>
    public static ImmutableArray<(bool IsHub, string Id, string Name)> PlaceList(ContentSet content) =>
    [
        .. content.Hubs.Select(h => (true, h.Id.Value, h.Name.Ko)),
        .. content.Programs.Select(p => (false, p.Id.Value, ProgramName(p.Name.Ko))),
    ];

    /// <summary>The names of <see cref="PlaceList"/>, as <see cref="ShownIn"/> looks for them.</summary>
    public static Places PlacesOf(ImmutableArray<(bool IsHub, string Id, string Name)> places) => new(places);

    /// <summary>The partner names in an agreement's title, summary and parties' undertakings.</summary>
    public static Mention[] MentionsIn(Agreement agreement, PartnerNames names)
    {
        var texts = new List<Prose> { new("title", agreement.Title), new("summary", agreement.Summary) };
        texts.AddRange(agreement.Parties.Select((p, i) => p.Undertakes is null ? null : new Prose($"parties[{i}].undertakes", p.Undertakes)).OfType<Prose>());
        return MentionsIn(texts, names);
    }

    /// <summary>The partner names in a funding figure's title and purpose.</summary>
    public static Mention[] MentionsIn(Funding funding, PartnerNames names) => MentionsIn([new("title", funding.Title), new("purpose", funding.Purpose)], names);

    /// <summary>The partner names in a program's summary and body.</summary>
    public static Mention[] MentionsIn(HubProgram program, PartnerNames names) => MentionsIn([new("summary", program.Summary), new("body", program.Body)], names);

    /// <summary>The partner names in a hub's summary and body.</summary>
    public static Mention[] MentionsIn(Hub hub, PartnerNames names) => MentionsIn([new("summary", hub.Summary), new("body", hub.Body)], names);

    /// <summary>The partner names in a partner's summary; none when it has no summary.</summary>
    public static Mention[] MentionsIn(Partner partner, PartnerNames names) => partner.Summary is null ? [] : MentionsIn([new("summary", partner.Summary)], names);

    /// <summary>The hubs and programs a partner's summary names; none when it has no summary.</summary>
    public static Shown[] ShownIn(Partner partner, Places places)
    {
        if (partner.Summary is null)
        {
            return [];
        }

        var text = partner.Summary.Ko;
        var shown = new List<Shown>();
        foreach (var (isHub, id, name) in places.Names)
        {
            var at = text.IndexOf(name, StringComparison.Ordinal);
            if (at >= 0 && (isHub || name.Length >= 4))
            {
                shown.Add(new Shown(isHub, id, at));
            }
        }

        return [.. shown];
    }

    private static Mention[] MentionsIn(IEnumerable<Prose> texts, PartnerNames names) =>
        [.. texts.SelectMany(prose => Find(prose.Text.Ko, names).Select(n => new Mention(prose.Field, prose.Text, n.Offset, n.Id, n.Name)))];

    /// <summary>Each name in the Korean texts that belongs to a partner the record does not link.</summary>
    private static void Report(Mention[] mentions, Func<string, bool> linked, string what, string hint, SourceLocation fallback, DiagnosticBag bag)
    {
        foreach (var named in mentions.Where(n => !linked(n.Id)))
        {
            bag.Error(
                named.Text.KoWritten?.Locate(named.Text.Ko, named.Offset) ?? fallback,
                $"{named.Field}.ko names '{named.Name}' (partner '{named.Id}'), which {what} does not link",
                hint);
        }
    }

    /// <summary>A hub or program the partner's summary names must be on the partner's page.</summary>
    private static void ReportShown(Partner partner, Shown[] shown, Links links, DiagnosticBag bag)
    {
        var text = partner.Summary!.Ko;
        var hubs = links.HubsOfPartner(partner.Id);
        foreach (var hub in shown.Where(s => s.IsHub && !hubs.Contains(s.Id)))
        {
            bag.Error(partner.Summary.KoWritten?.Locate(text, hub.Offset) ?? partner.Where,
                $"summary.ko names hub '{hub.Id}', which the page of partner '{partner.Id}' does not show",
                "link the partner to the hub through an agreement, a funding figure or a program it owns, or remove the name");
        }

        var programs = links.ProgramsOfPartner(partner.Id);
        foreach (var program in shown.Where(s => !s.IsHub && !programs.Contains(s.Id)))
        {
            bag.Error(partner.Summary.KoWritten?.Locate(text, program.Offset) ?? partner.Where,
                $"summary.ko names program '{program.Id}', which the page of partner '{partner.Id}' does not show",
                "make the partner the program's owner or a party to one of its agreements, or remove the name");
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
    public sealed class PartnerNames(IEnumerable<(string Name, string Id)> names)
    {
        private readonly ILookup<(char, char), (string Name, string Id)> _byStart = names.ToLookup(n => (n.Name[0], n.Name[1]));

        public IEnumerable<(string Name, string Id)> StartingWith(char first, char second) => _byStart[(first, second)];
    }

    /// <summary>The hubs' and programs' names a partner's summary is searched for.</summary>
    public sealed class Places(ImmutableArray<(bool IsHub, string Id, string Name)> names)
    {
        public ImmutableArray<(bool IsHub, string Id, string Name)> Names => names;
    }

    /// <summary>
    /// Who is linked to what, worked out once from the content, as the site's pages link them. It reads only the
    /// records' links (<see cref="LinksOf"/>), never their prose, so a session keeps it while those are the same.
    /// </summary>
    public sealed class Links
    {
        private readonly Dictionary<string, string> _ids = new(StringComparer.Ordinal);
        private readonly Dictionary<string, string?> _ownerOfProgram = new(StringComparer.Ordinal);
        private readonly ILookup<string, Id<Hub>> _hubsByProgram;
        private readonly Dictionary<string, HashSet<string>> _partnersOfProgram = new(StringComparer.Ordinal);
        private readonly Dictionary<string, HashSet<string>> _hubsOfPartner = new(StringComparer.Ordinal);
        private readonly Dictionary<string, HashSet<string>> _programsOfPartner = new(StringComparer.Ordinal);
        private readonly Dictionary<string, HashSet<string>> _coPartners = new(StringComparer.Ordinal);
        private readonly Dictionary<string, HashSet<string>> _partnersOfHub = new(StringComparer.Ordinal);

        public Links(ContentSet content)
        {
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

            var hubsByProgram = content.Hubs.SelectMany(h => h.Programs.Select(p => (Program: p.Id.Value, Hub: h.Id))).ToLookup(x => x.Program, x => x.Hub, StringComparer.Ordinal);
            _hubsByProgram = hubsByProgram;
            foreach (var program in content.Programs)
            {
                // Two programs may share an id in content that has errors: the first one's owner counts, as the first is linked.
                _ownerOfProgram.TryAdd(program.Id, program.Owner is null ? null : Id(program.Owner));
            }

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

        /// <summary>
        /// What the table reads of a record, as one string, so that equal links compare equal: a partner's id and names,
        /// a program's owner, a hub's programs, an agreement's hub, program and parties, a figure's funder, hubs and
        /// program. Worked out per record, so a rebuild makes it again only for the records that changed.
        /// </summary>
        public static string LineOf(Partner partner) => Line([partner.Id.Value, partner.Name.Ko, .. partner.Aliases]);

        /// <inheritdoc cref="LineOf(Partner)"/>
        public static string LineOf(HubProgram program) => Line([program.Id.Value, program.Owner?.Id.Value]);

        /// <inheritdoc cref="LineOf(Partner)"/>
        public static string LineOf(Hub hub) => Line([hub.Id.Value, .. hub.Programs.Select(p => p.Id.Value)]);

        /// <inheritdoc cref="LineOf(Partner)"/>
        public static string LineOf(Agreement agreement) =>
            Line([agreement.Hub.Id.Value, agreement.Program?.Id.Value, .. agreement.Parties.Select(p => p.Partner.Id.Value)]);

        /// <inheritdoc cref="LineOf(Partner)"/>
        public static string LineOf(Funding funding) => Line([funding.Funder?.Id.Value, funding.Program?.Id.Value, .. funding.Hubs.Select(h => h.Id.Value)]);

        /// <summary>The owner of the (first) program with this id, by partner id; null when it has none.</summary>
        public string? OwnerOfProgram(string program) => _ownerOfProgram.GetValueOrDefault(program);

        /// <summary>The hubs a program runs at.</summary>
        public IEnumerable<string> HubsRunning(string program) => _hubsByProgram[program].Select(hub => hub.Value);

        public IReadOnlySet<string> PartnersOfProgram(string program) => Get(_partnersOfProgram, program);

        public IReadOnlySet<string> HubsOfPartner(string partner) => Get(_hubsOfPartner, partner);

        public IReadOnlySet<string> ProgramsOfPartner(string partner) => Get(_programsOfPartner, partner);

        /// <summary>
        /// Whether <paramref name="other"/> is the partner itself, one it shares an agreement with, or a partner of a
        /// program it takes part in. Asked of the few names a summary holds: gathering the set for every partner
        /// took most of the check's time, as a program can have thousands of partners.
        /// </summary>
        public bool IsLinkedToPartner(string partner, string other) =>
            other == partner
            || Get(_coPartners, partner).Contains(other)
            || ProgramsOfPartner(partner).Any(program => PartnersOfProgram(program).Contains(other));

        /// <summary>Parties of the hub's agreements, funders of its funding, owners of its programs.</summary>
        public IReadOnlySet<string> PartnersOfHub(string hub) => Get(_partnersOfHub, hub);

        /// <summary>A reference's partner id: references may name a partner by an alias.</summary>
        public string Id(EntityRef<Partner> reference) => _ids.TryGetValue(reference.Id, out var id) ? id : reference.Id;

        /// <summary>Ids and names as one string, each ended so that no two lists give the same string; a missing id is empty.</summary>
        private static string Line(IEnumerable<string?> parts) => string.Concat(parts.Select(part => (part ?? "") + "\u0000"));

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
