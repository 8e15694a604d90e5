using System.Globalization;
using System.Text;

namespace Hubwatch.Bench.Serve;

/// <summary>
/// Writes a large, valid portal corpus for benchmarks: for each hub a source document and, citing it,
/// partners, agreements and funding figures. Every quote is a sentence of the seed, so the corpus checks clean.
/// </summary>
public static class SyntheticCorpus
{
    public static void Write(string root, int hubs)
    {
        var content = Path.Combine(root, "content");
        var seeds = Path.Combine(root, "seeds");
        foreach (var folder in new[] { "hubs", "programs", "partners", "agreements", "funding", "pages" })
        {
            Directory.CreateDirectory(Path.Combine(content, folder));
        }

        Directory.CreateDirectory(seeds);
        File.WriteAllText(Path.Combine(content, "site.yaml"), """
            title: { ko: 합성 포털, en: Synthetic portal }
            tagline: { ko: 벤치마크용, en: For benchmarks }
            base_path: /
            domain: ""
            url: https://example.org
            licence: { ko: CC BY 4.0, en: CC BY 4.0 }
            intro: { ko: 합성 말뭉치., en: A synthetic corpus. }
            """);
        var programs = Math.Max(1, hubs / 5);
        const int perHub = 10;
        for (var p = 0; p < programs; p++)
        {
            File.WriteAllText(Path.Combine(content, "programs", $"program-{p}.yaml"), Invariant($"""
                id: program-{p}
                name: {"{"} ko: 합성사업 {p}, en: Synthetic program {p} {"}"}
                scope: national
                summary: {"{"} ko: 합성사업 {p}의 요약., en: Summary of synthetic program {p}. {"}"}
                editorial: true
                """));
        }

        for (var h = 0; h < hubs; h++)
        {
            var seedId = string.Create(CultureInfo.InvariantCulture, $"s{h:D4}");
            var text = new StringBuilder(string.Create(CultureInfo.InvariantCulture, $"합성일보 {h}호\n\n거점{h}은 합성사업 거점으로 선정됐다.\n"));
            for (var i = 0; i < perHub; i++)
            {
                var n = h * perHub + i;
                text.Append(string.Create(CultureInfo.InvariantCulture, $"합성기관{n}은 거점{h}의 협약{n}에 참여했다. 협약{n}에 따라 총 {1 + n % 900}억원을 투입할 계획이다.\n"));
            }

            File.WriteAllText(Path.Combine(seeds, seedId + ".txt"), text.ToString());
            File.WriteAllText(Path.Combine(seeds, seedId + ".yaml"), Invariant($"""
                id: {seedId}
                publisher: {"{"} ko: 합성일보, en: Synthetic Daily {"}"}
                title: {"{"} ko: 거점{h} 소식, en: News of hub {h} {"}"}
                published: 2024-01-{1 + h % 28:D2}
                kind: news
                """));
            File.WriteAllText(Path.Combine(content, "hubs", $"hub-{h}.yaml"), Invariant($"""
                id: hub-{h}
                name: {"{"} ko: 거점{h}, en: Hub {h} {"}"}
                region: {"{"} ko: 지역{h}, en: Region {h} {"}"}
                province: {"{"} ko: 도{h % 9}, en: Province {h % 9} {"}"}
                coordinates: {"{"} lat: {34 + h % 40 * 0.1:0.0}, lon: {126 + h % 30 * 0.1:0.0} {"}"}
                status: selected
                programs: [program-{h % programs}]
                summary: {"{"} ko: 거점{h}의 요약., en: Summary of hub {h}. {"}"}
                body:
                  ko: |
                    거점{h}은 **합성** 거점이다.
                  en: |
                    Hub {h} is a **synthetic** hub.
                sources:
                  - seed: {seedId}
                    quote: "거점{h}은 합성사업 거점으로 선정됐다"
                """));
            for (var i = 0; i < perHub; i++)
            {
                var n = h * perHub + i;
                File.WriteAllText(Path.Combine(content, "partners", $"partner-{n}.yaml"), Invariant($"""
                    id: partner-{n}
                    name: {"{"} ko: 합성기관{n}, en: Synthetic body {n} {"}"}
                    type: company
                    summary: {"{"} ko: 합성기관{n}의 요약., en: Summary of synthetic body {n}. {"}"}
                    sources:
                      - seed: {seedId}
                        quote: "합성기관{n}은 거점{h}의 협약{n}에 참여했다"
                    """));
                File.WriteAllText(Path.Combine(content, "agreements", $"agreement-{n}.yaml"), Invariant($"""
                    id: agreement-{n}
                    title: {"{"} ko: 협약{n}, en: Agreement {n} {"}"}
                    kind: mou
                    date: {2020 + n % 5}-{1 + n % 12:D2}-{1 + n % 28:D2}
                    hub: hub-{h}
                    program: program-{h % programs}
                    parties:
                      - partner: partner-{n}
                      - partner: partner-{h * perHub + (i + 1) % perHub}
                    summary: {"{"} ko: 협약{n}의 요약., en: Summary of agreement {n}. {"}"}
                    sources:
                      - seed: {seedId}
                        quote: "합성기관{n}은 거점{h}의 협약{n}에 참여했다"
                    """));
                File.WriteAllText(Path.Combine(content, "funding", $"funding-{n}.yaml"), Invariant($"""
                    id: funding-{n}
                    title: {"{"} ko: 협약{n} 사업비, en: Agreement {n} budget {"}"}
                    amount: {1 + n % 900}억원
                    funder_kind: private
                    funder: partner-{n}
                    hub: hub-{h}
                    program: program-{h % programs}
                    period: {"{"} from: {2020 + n % 5}, to: {2025 + n % 5} {"}"}
                    purpose: {"{"} ko: 협약{n} 이행, en: Carrying out agreement {n} {"}"}
                    status: planned
                    sources:
                      - seed: {seedId}
                        quote: "협약{n}에 따라 총 {1 + n % 900}억원을 투입할 계획이다"
                    """));
            }
        }
    }

    private static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture) + "\n";
}
