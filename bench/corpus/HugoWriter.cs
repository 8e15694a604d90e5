using System.Globalization;
using System.Text;
using YamlDotNet.RepresentationModel;
using static Hubwatch.Bench.Corpus.Yaml;

namespace Hubwatch.Bench.Corpus;

/// <summary>
/// Writes a corpus as Hugo content, one content folder per language (<c>content/ko</c>, <c>content/en</c>):
/// a page per funding figure, agreement and free page; hubs, partners, programs and sources as taxonomy terms
/// whose term pages carry the record's own text and list every page tagged with it. The layouts and the site
/// configuration are static files in <c>bench/hugo/</c>.
/// </summary>
/// <remarks>
/// <para>
/// The paged lists Hubwatch writes are Hugo taxonomies too, so that each is one term page paginated by Hugo: the
/// facets a figure is browsed by (<c>facet_hubs</c>, <c>funder_kinds</c>, <c>statuses</c>, <c>years</c>, the last
/// from the years of its breakdown, as Hubwatch has it), and the lists of a partner's or program's own figures and
/// of a hub's, partner's or program's own agreements. Hubwatch writes those only for an owner with more than
/// <see cref="RecordPageLimit"/> of them (its page shows that many), so a record is tagged with such an owner only
/// then: Hugo writes a term page for every term in use.
/// </para>
/// <para>
/// Hugo reserves some front matter keys (<c>type</c>, <c>aliases</c>, <c>url</c>, <c>kind</c>, <c>summary</c>), so the
/// corpus's fields of those names are written as <c>partner_type</c>, <c>other_names</c>, <c>source_url</c>,
/// <c>record_kind</c> and <c>lead</c>.
/// </para>
/// </remarks>
public static class HugoWriter
{
    /// <summary>How many figures, and how many agreements, a hub, partner or program page shows (Hubwatch's <c>RecordPageFunding</c> and <c>RecordPageAgreements</c>).</summary>
    public const int RecordPageLimit = 20;

    /// <summary>
    /// Partner types in the order Hubwatch lists them (its <c>PartnerType</c> enum); a partner's term page gets its
    /// type's place as weight, so that Hugo's default order (weight, then title) groups the partner list by type.
    /// </summary>
    private static readonly string[] PartnerTypes =
    [
        "ministry", "government-committee", "provincial-government", "local-government", "local-council", "local-government-agency",
        "public-institution", "university", "hospital", "company", "foreign-company", "bank",
        "foreign-government", "international-organisation", "business-association",
    ];

    /// <summary>The taxonomies that only serve as paged lists: their own list page (Hugo's page of all terms) is not written.</summary>
    private static readonly string[] ListTaxonomies =
        ["facet_hubs", "funder_kinds", "statuses", "years", "partner_funding", "program_funding", "hub_agreements", "partner_agreements", "program_agreements"];

    private static readonly UTF8Encoding Utf8 = new(encoderShouldEmitUTF8Identifier: false);
    private static readonly CultureInfo Invariant = CultureInfo.InvariantCulture;

    public static void Write(Corpus corpus, string root)
    {
        var bodies = corpus.Seeds.ToDictionary(s => s.Id, s => s.Body, StringComparer.Ordinal);

        // The owners whose own page cannot show all their figures or agreements, and so get a paged list of them.
        var manyFunding = Over(corpus.Funding.Where(f => f.Funder is not null).Select(f => f.Funder!.Id));
        var manyProgramFunding = Over(corpus.Funding.Where(f => f.Program is not null).Select(f => f.Program!.Id));
        var manyHubAgreements = Over(corpus.Agreements.Select(a => a.Hub.Id));
        var manyPartnerAgreements = Over(corpus.Agreements.SelectMany(a => a.Parties.Select(p => p.Partner.Id).Distinct()));
        var manyProgramAgreements = Over(corpus.Agreements.Where(a => a.Program is not null).Select(a => a.Program!.Id));
        foreach (var lang in new[] { "ko", "en" })
        {
            var dir = Path.Combine(root, "content", lang);
            string T(Text text) => lang == "ko" ? text.Ko : text.En;
            Page(Path.Combine(dir, "_index.md"), Map(("title", Scalar(lang == "ko" ? "허브워치 벤치마크" : "Hubwatch benchmark"))),
                lang == "ko" ? "합성 코퍼스로 만든 **벤치마크** 포털이다.\n" : "A **benchmark** portal built from a synthetic corpus.\n");
            Page(Path.Combine(dir, "funding", "_index.md"), Map(("title", Scalar(lang == "ko" ? "재원" : "Funding"))), "");

            // The agreements' section page is the timeline, at Hubwatch's address.
            Page(Path.Combine(dir, "agreements", "_index.md"), Map(
                ("title", Scalar(lang == "ko" ? "연표" : "Timeline")),
                ("url", Scalar(lang == "ko" ? "/timeline/" : "/en/timeline/"))), "");

            // Every figure, paged (/funding/all/), and the partners by name (/partners/by-name/), as sections of their
            // own: the funding section's page is the overview, the partners taxonomy's page lists them by type.
            Page(Path.Combine(dir, "funding", "all", "_index.md"), Map(("title", Scalar(lang == "ko" ? "모든 재원" : "Every funding figure")), ("layout", Scalar("all"))), "");
            Page(Path.Combine(dir, "names", "_index.md"), Map(
                ("title", Scalar(lang == "ko" ? "기관 (이름순)" : "Organisations by name")),
                ("url", Scalar(lang == "ko" ? "/partners/by-name/" : "/en/partners/by-name/")),
                ("layout", Scalar("by-name"))), "");
            foreach (var taxonomy in ListTaxonomies)
            {
                Page(Path.Combine(dir, taxonomy, "_index.md"), Map(("title", Scalar(taxonomy)), ("_build", Map(("render", Scalar("never")), ("list", Scalar("never"))))), "");
            }

            // Each facet value's term page, so that the Korean one can also write the facet's rows as CSV, once for
            // both languages as Hubwatch does (its English pages link to the same file).
            var facets = corpus.Funding.SelectMany(f => f.Hubs.Select(h => ("facet_hubs", h.Id))
                    .Append(("funder_kinds", f.FunderKind))
                    .Append(("statuses", f.Status))
                    .Concat(f.Breakdown.Where(b => b.Year is not null).Select(b => ("years", b.Year!.Value.ToString(Invariant)))))
                .Distinct()
                .Order();
            foreach (var (taxonomy, key) in facets)
            {
                Page(Path.Combine(dir, taxonomy, key, "_index.md"), Map(
                    ("title", Scalar(key)),
                    ("outputs", lang == "ko" ? FlowList(["html", "csv"]) : null)), "");
            }

            foreach (var hub in corpus.Hubs)
            {
                var province = HubwatchWriter.ProvinceOf(hub);
                Page(Path.Combine(dir, "hubs", hub.Id, "_index.md"), Map(
                    ("title", Scalar(T(hub.Name))),
                    ("region", Scalar(lang == "ko" ? hub.Place.Ko : hub.Place.En)),
                    ("province", Scalar(T(province))),
                    ("lat", Number(hub.Lat)),
                    ("lon", Number(hub.Lon)),
                    ("status", Scalar(hub.Status)),
                    ("designated", hub.Designated is null ? null : Scalar(hub.Designated)),
                    ("area", hub.Area is null ? null : Scalar(T(hub.Area))),
                    ("lead", Scalar(T(hub.Summary))),
                    ("programs", FlowList(hub.Programs.Select(p => p.Id))),
                    ("key_figures", List(hub.KeyFigures.Select(k => (YamlNode)Map(("label", Scalar(T(k.Label))), ("value", Scalar(T(k.Value))), ("cites", Cites(k.Sources, bodies)))))),
                    ("note", hub.Note is null ? null : Scalar(T(hub.Note))),
                    ("cites", Cites(hub.Sources, bodies))), T(hub.Body));
            }

            foreach (var program in corpus.Programs)
            {
                Page(Path.Combine(dir, "programs", program.Id, "_index.md"), Map(
                    ("title", Scalar(T(program.Name))),
                    ("scope", Scalar(program.Scope)),
                    ("owner", program.Owner is null ? null : Scalar(program.Owner.Id)),
                    ("lead", Scalar(T(program.Summary))),
                    ("cites", Cites(program.Sources, bodies))), T(program.Body));
            }

            foreach (var partner in corpus.Partners)
            {
                Page(Path.Combine(dir, "partners", partner.Id, "_index.md"), Map(
                    ("title", Scalar(T(partner.Name))),
                    ("weight", Number(Array.IndexOf(PartnerTypes, partner.Type) + 1)),
                    ("other_name", Scalar(lang == "ko" ? partner.Name.En : partner.Name.Ko)),
                    ("partner_type", Scalar(partner.Type)),
                    ("other_names", partner.Aliases.Count == 0 ? null : FlowList(partner.Aliases)),
                    ("lead", Scalar(T(HubwatchWriter.Summary(partner)))),
                    ("cites", Cites(partner.Sources, bodies))), "");
            }

            foreach (var seed in corpus.Seeds)
            {
                Page(Path.Combine(dir, "sources", seed.Id, "_index.md"), Map(
                    ("title", Scalar(T(seed.Title))),
                    ("publisher", Scalar(T(seed.Publisher))),
                    ("published", Scalar(seed.Published)),
                    ("seed_kind", Scalar(seed.Kind)),
                    ("source_url", seed.Url is null ? null : Scalar(seed.Url)),
                    ("text", Scalar(seed.Body))), "");
            }

            foreach (var funding in corpus.Funding)
            {
                Page(Path.Combine(dir, "funding", funding.Id + ".md"), Map(
                    ("title", Scalar(T(funding.Title))),
                    ("amount", Scalar(funding.Written)),
                    ("krw", Number(funding.Units * Money.Unit)),
                    ("amount_text", Scalar(MoneyText(funding.Units, lang))),
                    ("funder_kind", Scalar(funding.FunderKind)),
                    ("hubs", FlowList(funding.Hubs.Select(h => h.Id))),
                    ("partners", funding.Funder is null ? null : FlowList([funding.Funder.Id])),
                    ("programs", funding.Program is null ? null : FlowList([funding.Program.Id])),
                    ("sources", FlowList(funding.Sources.Select(s => s.Seed).Distinct())),
                    ("period", funding.From is null && funding.To is null ? null : Scalar($"{funding.From}–{funding.To}")),
                    ("purpose", Scalar(T(funding.Purpose))),
                    ("status", Scalar(funding.Status)),
                    ("part_of", funding.PartOf is null ? null : Scalar(funding.PartOf.Id)),
                    ("breakdown", funding.Breakdown.Count == 0 ? null : List(funding.Breakdown.Select(b => (YamlNode)Map(
                        ("label", Scalar(b.Label is null ? b.Year!.Value.ToString(Invariant) : T(b.Label))),
                        ("year", b.Year is null ? null : Quoted(b.Year.Value.ToString(Invariant))),
                        ("krw", Number(b.Units * Money.Unit)),
                        ("amount_text", Scalar(MoneyText(b.Units, lang))))))),
                    ("facet_hubs", FlowList(funding.Hubs.Select(h => h.Id))),
                    ("funder_kinds", FlowList([funding.FunderKind])),
                    ("statuses", FlowList([funding.Status])),
                    ("years", QuotedList(funding.Breakdown.Where(b => b.Year is not null).Select(b => b.Year!.Value.ToString(Invariant)).Distinct())),
                    ("partner_funding", funding.Funder is not null && manyFunding.Contains(funding.Funder.Id) ? FlowList([funding.Funder.Id]) : null),
                    ("program_funding", funding.Program is not null && manyProgramFunding.Contains(funding.Program.Id) ? FlowList([funding.Program.Id]) : null),
                    ("note", funding.Note is null ? null : Scalar(T(funding.Note))),
                    ("cites", Cites(funding.Sources, bodies))), "");
            }

            foreach (var agreement in corpus.Agreements)
            {
                Page(Path.Combine(dir, "agreements", agreement.Id + ".md"), Map(
                    ("title", Scalar(T(agreement.Title))),
                    ("date", Scalar(agreement.Date.Length == 7 ? agreement.Date + "-01" : agreement.Date)),
                    ("date_text", Scalar(agreement.Date)),
                    ("date_note", agreement.DateNote is null ? null : Scalar(T(agreement.DateNote))),
                    ("record_kind", Scalar(agreement.Kind)),
                    ("hubs", FlowList([agreement.Hub.Id])),
                    ("programs", agreement.Program is null ? null : FlowList([agreement.Program.Id])),
                    ("partners", FlowList(agreement.Parties.Select(p => p.Partner.Id))),
                    ("hub_agreements", manyHubAgreements.Contains(agreement.Hub.Id) ? FlowList([agreement.Hub.Id]) : null),
                    ("partner_agreements", NonEmpty(agreement.Parties.Select(p => p.Partner.Id).Distinct().Where(manyPartnerAgreements.Contains))),
                    ("program_agreements", agreement.Program is not null && manyProgramAgreements.Contains(agreement.Program.Id) ? FlowList([agreement.Program.Id]) : null),
                    ("sources", FlowList(agreement.Sources.Concat(agreement.Parties.SelectMany(p => p.Sources)).Select(s => s.Seed).Distinct())),
                    ("parties", List(agreement.Parties.Select(p => (YamlNode)Map(
                        ("partner", Scalar(p.Partner.Id)),
                        ("name", Scalar(T(p.Partner.Name))),
                        ("undertakes", p.Undertakes is null ? null : Scalar(T(p.Undertakes))),
                        ("cites", Cites(p.Sources, bodies)))))),
                    ("lead", Scalar(T(agreement.Summary))),
                    ("note", agreement.Note is null ? null : Scalar(T(agreement.Note))),
                    ("cites", Cites(agreement.Sources, bodies))), "");
            }

            foreach (var (name, text) in Pages.For(corpus).Where(p => p.Name.EndsWith($".{lang}.md", StringComparison.Ordinal)))
            {
                var target = Path.Combine(dir, name.Replace($".{lang}.md", ".md", StringComparison.Ordinal));
                Directory.CreateDirectory(Path.GetDirectoryName(target)!);
                File.WriteAllText(target, text, Utf8);
            }
        }
    }

    /// <summary>The ids that occur more than <see cref="RecordPageLimit"/> times.</summary>
    private static HashSet<string> Over(IEnumerable<string> ids) =>
        ids.GroupBy(id => id, StringComparer.Ordinal).Where(g => g.Count() > RecordPageLimit).Select(g => g.Key).ToHashSet(StringComparer.Ordinal);

    private static YamlSequenceNode? NonEmpty(IEnumerable<string> items)
    {
        var list = items.ToList();
        return list.Count == 0 ? null : FlowList(list);
    }

    /// <summary>A scalar Hugo reads as a string, not a number (a year as a taxonomy term).</summary>
    private static YamlScalarNode Quoted(string value) => new(value) { Style = YamlDotNet.Core.ScalarStyle.DoubleQuoted };

    private static YamlSequenceNode? QuotedList(IEnumerable<string> items)
    {
        var list = items.Select(i => (YamlNode)Quoted(i)).ToList();
        return list.Count == 0 ? null : new YamlSequenceNode(list) { Style = YamlDotNet.Core.Events.SequenceStyle.Flow };
    }

    /// <summary>Citations with the seed, the quote and the quote's offset in the seed, which Hubwatch uses as the anchor of its highlight.</summary>
    private static YamlSequenceNode Cites(IEnumerable<Quote> quotes, Dictionary<string, string>? bodies = null) =>
        List(quotes.Select(q => (YamlNode)Map(
            ("seed", Scalar(q.Seed)),
            ("quote", Scalar(q.Sentence)),
            ("at", bodies is null ? null : Number(bodies[q.Seed].IndexOf(q.Sentence, StringComparison.Ordinal))))));

    private static void Page(string path, YamlMappingNode frontMatter, string body)
    {
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllText(path, "---\n" + Yaml.Write(frontMatter) + "---\n" + body, Utf8);
    }

    /// <summary>Money as a reader reads it (1조 2,317억 원, KRW 1.23 trillion); Hubwatch formats this at build time, Hugo gets it ready-made.</summary>
    private static string MoneyText(long units, string lang)
    {
        if (lang == "en")
        {
            return Money.English(units);
        }

        var won = units * Money.Unit;
        var jo = won / 1_000_000_000_000;
        var eok = won / 100_000_000 % 10_000;
        var man = won / 10_000 % 10_000;
        var parts = new List<string>();
        if (jo > 0)
        {
            parts.Add($"{jo}조");
        }

        if (eok > 0)
        {
            parts.Add($"{eok.ToString("N0", Invariant)}억");
        }

        if (man > 0)
        {
            parts.Add($"{man.ToString("N0", Invariant)}만");
        }

        return string.Join(" ", parts) + " 원";
    }
}
