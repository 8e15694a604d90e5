using Hubwatch.Content;

namespace Hubwatch.Tests.Support;

/// <summary>A few records that make a valid portal together, for tests that call one stage with them.</summary>
internal static class SmallPortal
{
    public const string SeedText = "테스트일보\n\n한빛시와 한빛대학교는 20일 혁신거점 조성에 관한 업무협약을 체결했다.\n이에 따라 한빛시는 2025년까지 총 12.5억원을 투입할 계획이다.\n";

    public static Seed Seed { get; } = Records.Seed("100_fixture", SeedText);

    public static Hub Hub { get; } = Records.Hub("hanbit", """
        name: { ko: 한빛 혁신거점, en: Hanbit Innovation Hub }
        region: { ko: 한빛시, en: Hanbit }
        province: { ko: 한빛도, en: Hanbit Province }
        status: selected
        summary: { ko: 한빛시의 혁신거점이다., en: Hanbit's innovation hub. }
        body: { ko: 본문, en: Body }
        sources:
          - seed: 100_fixture
            quote: "혁신거점 조성에 관한 업무협약을 체결했다"
        """);

    public static Partner City { get; } = Records.Partner("hanbit-city", """
        name: { ko: 한빛시, en: Hanbit City }
        type: local-government
        aliases: [한빛시청]
        sources:
          - seed: 100_fixture
            quote: "한빛시와 한빛대학교는"
        """);

    public static Partner University { get; } = Records.Partner("hanbit-university", """
        name: { ko: 한빛대학교, en: Hanbit University }
        type: university
        sources:
          - seed: 100_fixture
            quote: "한빛시와 한빛대학교는"
        """);

    public static Agreement Mou { get; } = Records.Agreement("hanbit-mou", """
        title: { ko: 협약, en: MOU }
        kind: mou
        date: 2024-03-20
        hub: hanbit
        parties:
          - partner: hanbit-city
          - partner: 한빛대학교
        summary: { ko: 협약, en: MOU }
        sources:
          - seed: 100_fixture
            quote: "20일 혁신거점 조성에 관한 업무협약을 체결했다"
        """);

    public static Funding Budget { get; } = Funding("hanbit-budget", "12.5억원", "한빛시는 2025년까지 총 12.5억원을 투입할 계획이다");

    /// <summary>A funding figure of the city for the hub, citing <paramref name="quote"/>.</summary>
    public static Funding Funding(string id, string amount, string quote) => Records.Funding(id, $$"""
        title: { ko: 사업비, en: Budget }
        amount: {{amount}}
        funder_kind: municipal
        funder: hanbit-city
        hub: hanbit
        purpose: { ko: 혁신거점 조성, en: Building the hub }
        status: planned
        sources:
          - seed: 100_fixture
            quote: "{{quote}}"
        """);

    /// <summary>The records above as one content set.</summary>
    public static ContentSet Content() =>
        Records.Set(seeds: [Seed], hubs: [Hub], partners: [City, University], agreements: [Mou], funding: [Budget]);
}
