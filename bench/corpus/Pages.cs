namespace Hubwatch.Bench.Corpus;

/// <summary>The free pages of the benchmark portal (about and method, in both languages), as Markdown with front matter.</summary>
public static class Pages
{
    public static IEnumerable<(string Name, string Text)> For(Corpus corpus)
    {
        yield return ("about.ko.md", $"""
            ---
            title: 벤치마크 소개
            ---
            이 포털은 시드 {corpus.Seed}, 크기 {corpus.Size:N0}로 생성한 **합성 코퍼스**다. 거점 {corpus.Hubs.Count}곳, 사업 {corpus.Programs.Count}개, 기관 {corpus.Partners.Count:N0}곳, 협약 {corpus.Agreements.Count:N0}건, 재원 {corpus.Funding.Count:N0}건, 원문 {corpus.Seeds.Count:N0}건으로 이뤄진다.

            ## 왜 만들었나

            실제 포털이 전국의 모든 지역 사업을 담을 만큼 커져도 빌드가 빠른지 확인하기 위해서다. 같은 코퍼스를 Hugo 사이트로도 만들어 두 빌드를 나란히 잰다.

            """);
        yield return ("about.en.md", $"""
            ---
            title: About the benchmark
            ---
            This portal is a **synthetic corpus** generated with seed {corpus.Seed} and size {corpus.Size:N0}: {corpus.Hubs.Count} hubs, {corpus.Programs.Count} programmes, {corpus.Partners.Count:N0} organisations, {corpus.Agreements.Count:N0} agreements, {corpus.Funding.Count:N0} funding figures and {corpus.Seeds.Count:N0} source documents.

            ## Why

            To check that the build stays fast when the real portal grows to every regional programme in the country. The same corpus is also written as a Hugo site, and the two builds are timed side by side.

            """);
        yield return ("method.ko.md", """
            ---
            title: 생성 방법
            ---
            모든 기록은 생성된 원문 문서의 문장을 인용한다. 금액은 원문에 적힌 형태(`150억원`, `14.1억원`, `1조 2000억원`)로 쓰고, 연도별 내역은 총액과 정확히 맞는다.

            - 기관 이름에는 `㈜`가 붙은 별칭이 있고, 일부 기록은 별칭으로 기관을 가리킨다.
            - 일부 금액은 다른 금액의 일부(`part_of`)다.
            - 일부 재원은 두 거점에 함께 배정된다.

            """);
        yield return ("method.en.md", """
            ---
            title: How it is generated
            ---
            Every record quotes a sentence of a generated source document. Amounts are written as sources write them (`150억원`, `14.1억원`, `1조 2000억원`), and yearly breakdowns add up to their totals exactly.

            - Organisation names have aliases such as a `㈜` prefix, and some records refer to an organisation by an alias.
            - Some amounts are part of another (`part_of`).
            - Some funding goes to two hubs jointly.

            """);
    }
}
