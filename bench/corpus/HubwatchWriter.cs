using System.Globalization;
using System.Text;
using YamlDotNet.RepresentationModel;
using static Hubwatch.Bench.Corpus.Yaml;

namespace Hubwatch.Bench.Corpus;

/// <summary>Writes a corpus as a Hubwatch project: <c>content/</c> (site.yaml, one YAML file per record, free pages) and <c>seeds/</c>.</summary>
public static class HubwatchWriter
{
    private static readonly UTF8Encoding Utf8 = new(encoderShouldEmitUTF8Identifier: false);

    public static void Write(Corpus corpus, string root)
    {
        var content = Path.Combine(root, "content");
        var seeds = Path.Combine(root, "seeds");
        foreach (var folder in new[] { "hubs", "programs", "partners", "agreements", "funding", "pages" })
        {
            Directory.CreateDirectory(Path.Combine(content, folder));
        }

        Directory.CreateDirectory(seeds);
        WriteFile(Path.Combine(content, "site.yaml"), Site(corpus));
        foreach (var hub in corpus.Hubs)
        {
            WriteFile(Path.Combine(content, "hubs", hub.Id + ".yaml"), Hub(hub));
        }

        foreach (var program in corpus.Programs)
        {
            WriteFile(Path.Combine(content, "programs", program.Id + ".yaml"), Program(program));
        }

        foreach (var partner in corpus.Partners)
        {
            WriteFile(Path.Combine(content, "partners", partner.Id + ".yaml"), Partner(partner));
        }

        foreach (var agreement in corpus.Agreements)
        {
            WriteFile(Path.Combine(content, "agreements", agreement.Id + ".yaml"), Agreement(agreement));
        }

        foreach (var funding in corpus.Funding)
        {
            WriteFile(Path.Combine(content, "funding", funding.Id + ".yaml"), Funding(funding));
        }

        foreach (var seed in corpus.Seeds)
        {
            File.WriteAllText(Path.Combine(seeds, seed.Id + ".txt"), seed.Body, Utf8);
            WriteFile(Path.Combine(seeds, seed.Id + ".yaml"), Seed(seed));
        }

        foreach (var (name, text) in Pages.For(corpus))
        {
            File.WriteAllText(Path.Combine(content, "pages", name), text, Utf8);
        }
    }

    private static YamlMappingNode Site(Corpus corpus) => Map(
        ("title", Short(new Text("허브워치 벤치마크", "Hubwatch benchmark"))),
        ("tagline", Short(new Text(
            $"합성 코퍼스: 시드 {corpus.Seed}, 재원 {corpus.Size:N0}건",
            $"Synthetic corpus: seed {corpus.Seed}, {corpus.Size:N0} funding figures"))),
        ("base_path", Scalar("/")),
        ("url", Scalar("https://bench.example.org")),
        ("licence", Sentence(new Text("합성 데이터이며 실제 사업과 관계없다. CC0.", "Synthetic data, unrelated to any real programme. CC0."))),
        ("intro", Long(new Text(
            "이 사이트는 허브워치의 속도를 재기 위해 만든 **합성 코퍼스**다. 이름과 금액, 협약은 모두 지어낸 것이며 실제 사업과 관계없다.\n\n인용문은 함께 생성된 원문 문서에 그대로 들어 있어 빌드가 모두 확인한다.\n",
            "This site is a **synthetic corpus** made to measure Hubwatch's speed. Every name, amount and agreement is made up and unrelated to any real programme.\n\nEvery quote is in a source document generated with it, so the build checks them all.\n"))));

    private static YamlMappingNode Hub(HubRecord hub) => Map(
        ("id", Scalar(hub.Id)),
        ("name", Short(hub.Name)),
        ("region", Short(new Text(hub.Place.Ko, hub.Place.En))),
        ("province", Short(ProvinceOf(hub))),
        ("coordinates", new YamlMappingNode("lat", Number(hub.Lat), "lon", Number(hub.Lon)) { Style = YamlDotNet.Core.Events.MappingStyle.Flow }),
        ("designated", hub.Designated is null ? null : Scalar(hub.Designated)),
        ("area", hub.Area is null ? null : Short(hub.Area)),
        ("status", Scalar(hub.Status)),
        ("programs", List(hub.Programs.Select(p => (YamlNode)Scalar(p.Id)))),
        ("summary", Sentence(hub.Summary)),
        ("key_figures", List(hub.KeyFigures.Select(k => (YamlNode)Map(("label", Short(k.Label)), ("value", Short(k.Value)), ("sources", Sources(k.Sources)))))),
        ("body", Long(hub.Body)),
        ("note", hub.Note is null ? null : Sentence(hub.Note)),
        ("sources", Sources(hub.Sources)));

    private static YamlMappingNode Program(ProgramRecord program) => Map(
        ("id", Scalar(program.Id)),
        ("name", Short(program.Name)),
        ("scope", Scalar(program.Scope)),
        ("owner", program.Owner is null ? null : Scalar(program.Owner.Id)),
        ("summary", Sentence(program.Summary)),
        ("body", Long(program.Body)),
        ("sources", Sources(program.Sources)));

    private static YamlMappingNode Partner(PartnerRecord partner) => Map(
        ("id", Scalar(partner.Id)),
        ("name", Short(partner.Name)),
        ("type", Scalar(partner.Type)),
        ("aliases", partner.Aliases.Count == 0 ? null : FlowList(partner.Aliases)),
        ("summary", Sentence(Summary(partner))),
        ("sources", Sources(partner.Sources)));

    private static YamlMappingNode Agreement(AgreementRecord agreement) => Map(
        ("id", Scalar(agreement.Id)),
        ("title", Sentence(agreement.Title)),
        ("kind", Scalar(agreement.Kind)),
        ("date", Scalar(agreement.Date)),
        ("date_note", agreement.DateNote is null ? null : Sentence(agreement.DateNote)),
        ("hub", Scalar(agreement.Hub.Id)),
        ("program", agreement.Program is null ? null : Scalar(agreement.Program.Id)),
        ("parties", List(agreement.Parties.Select(p => (YamlNode)Map(
            ("partner", Scalar(p.Reference)),
            ("undertakes", p.Undertakes is null ? null : Sentence(p.Undertakes)),
            ("sources", Sources(p.Sources)))))),
        ("summary", Sentence(agreement.Summary)),
        ("note", agreement.Note is null ? null : Sentence(agreement.Note)),
        ("sources", Sources(agreement.Sources)));

    private static YamlMappingNode Funding(FundingRecord funding) => Map(
        ("id", Scalar(funding.Id)),
        ("title", Sentence(funding.Title)),
        ("amount", Scalar(funding.Written)),
        ("funder_kind", Scalar(funding.FunderKind)),
        ("funder", funding.FunderReference is null ? null : Scalar(funding.FunderReference)),
        (funding.Hubs.Count == 1 ? "hub" : "hubs", funding.Hubs.Count == 1 ? Scalar(funding.Hubs[0].Id) : FlowList(funding.Hubs.Select(h => h.Id))),
        ("program", funding.Program is null ? null : Scalar(funding.Program.Id)),
        ("period", funding.From is null && funding.To is null ? null : Period(funding)),
        ("purpose", Sentence(funding.Purpose)),
        ("status", Scalar(funding.Status)),
        ("part_of", funding.PartOf is null ? null : Scalar(funding.PartOf.Id)),
        ("breakdown", funding.Breakdown.Count == 0 ? null : List(funding.Breakdown.Select(b => (YamlNode)Map(
            ("year", b.Year is null ? null : Number(b.Year.Value)),
            ("label", b.Label is null ? null : Short(b.Label)),
            ("amount", Scalar(b.Written)))))),
        ("note", funding.Note is null ? null : Sentence(funding.Note)),
        ("sources", Sources(funding.Sources)));

    private static YamlMappingNode Period(FundingRecord funding) =>
        new(new[] { ("from", funding.From), ("to", funding.To) }
            .Where(p => p.Item2 is not null)
            .Select(p => new KeyValuePair<YamlNode, YamlNode>(new YamlScalarNode(p.Item1), Number(p.Item2!.Value))))
        {
            Style = YamlDotNet.Core.Events.MappingStyle.Flow,
        };

    private static YamlMappingNode Seed(SeedDoc seed) => Map(
        ("id", Scalar(seed.Id)),
        ("publisher", Short(seed.Publisher)),
        ("title", Sentence(seed.Title)),
        ("published", Scalar(seed.Published)),
        ("kind", Scalar(seed.Kind)),
        ("url", seed.Url is null ? null : Scalar(seed.Url)));

    public static Text ProvinceOf(HubRecord hub)
    {
        var province = Words.Provinces.First(p => p.Slug == hub.Place.ProvinceSlug);
        return new Text(province.Short, province.ShortEn);
    }

    public static Text Summary(PartnerRecord partner) => new(
        partner.What.Ko + ".",
        char.ToUpper(partner.What.En[0], CultureInfo.InvariantCulture) + partner.What.En[1..] + ".");
}
