using Hubwatch.Model.Search;
using Hubwatch.Rendering;
using Hubwatch.Tests.Support;

namespace Hubwatch.Tests.Model;

/// <summary>Queries as readers type them, answered from the search indexes the portal build wrote.</summary>
[Collection(PortalCollection.Name)]
public sealed class SearchQueryTests(PortalFixture portal)
{
    private const string Base = PortalFixture.BasePath;

    private SearchQuery Korean => SearchFiles.Query(portal.Files, "search/");

    private SearchQuery English => SearchFiles.Query(portal.Files, "en/search/");

    private static string[] Urls(IReadOnlyList<SearchHit> hits, int take = int.MaxValue) => [.. hits.Take(take).Select(h => h.Document.Url)];

    [Theory]
    [InlineData("전주시가")]
    [InlineData("전주시")]
    [InlineData("전주")]
    [InlineData("전주시에서는")]
    public void A_city_name_with_or_without_particles_finds_the_jeonju_hub_first(string query)
    {
        var hits = Korean.Run(query);
        Assert.Equal(Base + "hubs/jeonju/", hits[0].Document.Url);
        Assert.Contains(Base + "partners/jeonju-city/", Urls(hits, 5));
    }

    [Theory]
    [InlineData("국민연금")]
    [InlineData("연금공단")]
    [InlineData("국민연")]
    [InlineData("국민연금공단에서")]
    [InlineData("국민연금공단과의")]
    public void Whole_partial_and_inflected_names_find_the_national_pension_service_first(string query)
    {
        var hits = Korean.Run(query);
        Assert.Equal(Base + "partners/national-pension-service/", hits[0].Document.Url);
    }

    [Fact]
    public void Results_that_hold_every_word_typed_come_before_those_that_hold_some()
    {
        // "1" is in almost every page; "trillion" only where the 1 trillion won is told. Those come first.
        var hits = English.Run("1 trillion");
        var holding = hits.Select(h => h.Document.Title.Contains("trillion", StringComparison.OrdinalIgnoreCase)
            || h.Document.Text.Contains("trillion", StringComparison.OrdinalIgnoreCase)).ToArray();

        Assert.Contains(false, holding);
        Assert.Equal(holding.Count(h => h), Array.IndexOf(holding, false));
        Assert.Contains(Base + "en/funding/jeonbuk-digital-finance-investment/", Urls(hits, holding.Count(h => h)));
    }

    [Fact]
    public void Results_are_ordered_by_title_matches_then_by_kind()
    {
        // The organisation's name holds the query; the hub, the programs and the agreement only mention it in their
        // text, so they follow by kind, and programs by the length of their titles.
        var hits = Korean.Run("국민연금");
        Assert.Equal(
            [
                Base + "partners/national-pension-service/",
                Base + "hubs/jeonju/",
                Base + "programs/financial-hub-designation/",
                Base + "programs/jeonju-four-future-industries/",
                Base + "programs/jeonju-financial-hub-plan/",
                Base + "agreements/jeonbuk-digital-finance-mou-2023/",
            ],
            Urls(hits, 6));
        Assert.Equal(3.0, hits[0].Score);
        Assert.Equal(1.0, hits[1].Score);
        Assert.All(hits, h => Assert.Contains("국민연금", h.Document.Title + h.Document.Text));
    }

    [Theory]
    [InlineData("광주시가", "hubs/gwangju/")]
    [InlineData("오창읍", "hubs/ochang/")]
    [InlineData("창원시", "hubs/changwon/")]
    [InlineData("수소시범도시 총사업비", "funding/hydrogen-pilot-city-total/")]
    [InlineData("카카오엔터프라이즈와", "partners/kakao-enterprise/")]
    [InlineData("㈜카카오엔터프라이즈", "partners/kakao-enterprise/")]
    [InlineData("신년브리핑", "agreements/jeonju-new-year-economic-briefing-2020/")]
    public void Korean_queries_find_the_page_the_reader_means_first(string query, string expected)
    {
        Assert.Equal(Base + expected, Korean.Run(query)[0].Document.Url);
    }

    [Fact]
    public void The_full_text_of_the_sources_is_searched()
    {
        // Only the news article's page furniture says 자동요약 (automatic summary).
        var hits = Korean.Run("자동요약");
        Assert.Equal([Base + "sources/002_272d58ceec1efca6/"], Urls(hits));
    }

    [Theory]
    [InlineData("JEONJU")]
    [InlineData("jéonju")]
    [InlineData("Ｊｅｏｎｊｕ")]
    public void English_queries_ignore_case_accents_and_width(string query)
    {
        Assert.Equal(Urls(English.Run("jeonju")), Urls(English.Run(query)));
    }

    [Theory]
    [InlineData("Jeonju")]
    [InlineData("Jeonj")]
    [InlineData("Jeon")]
    public void English_queries_match_word_beginnings(string query)
    {
        var hits = English.Run(query);
        Assert.Equal(Base + "en/hubs/jeonju/", hits[0].Document.Url);
        Assert.Contains(Base + "en/partners/jeonju-city/", Urls(hits));
    }

    [Theory]
    [InlineData("pension")]
    [InlineData("PENSIÓN")]
    [InlineData("pens")]
    [InlineData("pensions")]
    [InlineData("national pensions")]
    [InlineData("national pension")]
    [InlineData("국민연금")]
    public void English_queries_and_korean_names_find_the_national_pension_service_first(string query)
    {
        Assert.Equal(Base + "en/partners/national-pension-service/", English.Run(query)[0].Document.Url);
    }

    [Fact]
    public void English_words_of_a_passage_s_translation_find_its_source_in_english_only()
    {
        // "artificial intelligence" is in no English record, only in the editors' translations of passages of two articles.
        var hits = English.Run("artificial intelligence");

        Assert.Equal([Base + "en/sources/000_42d1823d9c141a6c/", Base + "en/sources/002_272d58ceec1efca6/"], Urls(hits).Order(StringComparer.Ordinal));
        Assert.Empty(Korean.Run("artificial intelligence"));
    }

    [Theory]
    [InlineData("충청북도", "hubs/ochang/")]
    [InlineData("충북", "hubs/ochang/")]
    [InlineData("충청북도의", "hubs/ochang/")]
    [InlineData("전라북도", "hubs/jeonju/")]
    [InlineData("전북특별자치도", "hubs/jeonju/")]
    [InlineData("경상남도", "hubs/changwon/")]
    [InlineData("경남", "hubs/changwon/")]
    public void A_province_by_its_official_or_short_name_finds_its_hub_first(string query, string expected)
    {
        Assert.Equal(Base + expected, Korean.Run(query)[0].Document.Url);
    }

    [Fact]
    public void English_plurals_and_endings_find_what_the_singular_finds()
    {
        Assert.Equal(Urls(English.Run("investment")), Urls(English.Run("investments")));
        Assert.NotEmpty(English.Run("investments"));
        Assert.Equal(["pensions", "pension"], Hubwatch.Model.Search.SearchText.EnglishVariants("pensions"));
        Assert.Equal(["pens"], Hubwatch.Model.Search.SearchText.EnglishVariants("pens"));
    }

    [Theory]
    [InlineData("search/", "145억원", "funding/hydrogen-pilot-city-national-funds/")]
    [InlineData("search/", "국비 145억", "funding/hydrogen-pilot-city-national-funds/")]
    [InlineData("en/search/", "14.5 billion", "en/funding/hydrogen-pilot-city-national-funds/")]
    public void An_amount_finds_the_pages_that_state_that_number_and_no_others(string folder, string query, string first)
    {
        var hits = SearchFiles.Query(portal.Files, folder).Run(query);
        Assert.Equal(Base + first, hits[0].Document.Url);

        // Every result holds the number typed, not only its unit: 억원 alone is on nearly every page about money.
        var digits = query.Split(' ', '억', '원', '.').Where(p => p.Length > 0 && p.All(char.IsAsciiDigit)).ToArray();
        Assert.All(hits, h => Assert.All(digits, d => Assert.Contains(d, h.Document.Title + " " + h.Document.Text, StringComparison.Ordinal)));
        Assert.DoesNotContain(hits, h => h.Document.Url == Base + "funding/digital-innovation-hub-national-funds-2024/");
    }

    [Fact]
    public void A_query_nothing_matches_returns_nothing()
    {
        Assert.Empty(Korean.Run("zzzz"));
        Assert.Empty(Korean.Run("   ·  "));
        Assert.Empty(English.Run("qqqq"));
    }

    [Theory]
    [InlineData("search/")]
    [InlineData("en/search/")]
    public void The_portal_index_is_one_shard_and_a_few_chunks_numbered_by_kind_then_title_length(string folder)
    {
        var index = SearchFiles.Read(portal.Files, folder);
        var manifest = index.Manifest;

        // A small site takes the same path as a large one, with a single shard.
        Assert.Equal([SearchSplit.ShardName(0)], portal.Files.Keys.Where(p => p.StartsWith(folder + "terms/", StringComparison.Ordinal)).Select(p => p[folder.Length..]));
        Assert.Single(manifest.Shards);
        Assert.Equal(SearchSplit.ChunkCount(manifest.Documents), portal.Files.Keys.Count(p => p.StartsWith(folder + "docs/", StringComparison.Ordinal)));
        Assert.True(manifest.Chunks.Count > 1, $"{manifest.Chunks.Count} chunks");

        // The lower number wins a tie, so documents run by kind, then by the length of their titles.
        var docs = SearchFiles.Documents(index).ToList();
        var order = docs.Select(d => (Kind: manifest.KindOf(d.Doc), d.Entry.Title.Length)).ToList();
        Assert.Equal(order.OrderBy(o => o.Kind).ThenBy(o => o.Length), order);
        Assert.Equal(["hub", "program", "partner", "agreement", "funding", "source", "page"], docs.Select(d => d.Kind).Distinct());
    }

    [Fact]
    public void The_index_covers_every_kind_of_record_and_every_entry_links_to_an_existing_page()
    {
        var index = SearchFiles.Read(portal.Files, "search/");
        var docs = SearchFiles.Documents(index).ToList();
        Assert.Equal(index.Manifest.Documents, docs.Count);
        var kinds = docs.GroupBy(d => d.Kind).ToDictionary(g => g.Key, g => g.Count());
        Assert.Equal(6, kinds["hub"]);
        Assert.Equal(11, kinds["program"]);
        Assert.Equal(37, kinds["partner"]);
        Assert.Equal(15, kinds["agreement"]);
        Assert.Equal(8, kinds["funding"]);
        Assert.Equal(5, kinds["source"]);
        Assert.Equal(["거점", "사업", "기관", "협약·행사", "재원", "출처 문서", "안내"], index.Manifest.Kinds.Select(k => k.Label));
        foreach (var doc in docs.Select(d => d.Entry))
        {
            var hash = doc.Url.IndexOf('#');
            var path = (hash < 0 ? doc.Url : doc.Url[..hash])[Base.Length..] + "index.html";
            var page = portal.Page(path);
            if (hash >= 0)
            {
                Assert.NotNull(page.GetElementById(doc.Url[(hash + 1)..]));
            }
        }
    }
}
