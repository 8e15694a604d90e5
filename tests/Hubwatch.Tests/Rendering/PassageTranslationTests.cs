using System.Text;
using System.Text.Json.Nodes;
using AngleSharp.Html.Dom;
using AngleSharp.Html.Parser;
using Hubwatch.Content;
using Hubwatch.Diagnostics;
using Hubwatch.Loading;
using Hubwatch.Tests.Support;

namespace Hubwatch.Tests.Rendering;

/// <summary>
/// English pages show the editors' translation of each cited passage beside the Korean, marked as theirs; Korean pages
/// show the Korean alone; the open data carries the translations; and the portal's own content translates every passage it cites.
/// </summary>
[Collection(PortalCollection.Name)]
public sealed class PassageTranslationTests(PortalFixture portal)
{
    private const string Passage = "한빛시와 한빛대학교는 20일 혁신거점 조성에 관한 업무협약을 체결했다";

    private const string WholeEnglish = "On the 20th, Hanbit City and Hanbit University signed an agreement on building an innovation hub";

    /// <summary>The editors' English for every passage the small site cites; the first three overlap in the source, and the fourth is the passage they make.</summary>
    private const string Translations = $$"""
        translations:
          - ko: "한빛시와 한빛대학교는"
            en: "Hanbit City and Hanbit University …"
          - ko: "한빛대학교는 20일"
            en: "… Hanbit University, on the 20th, …"
          - ko: "20일 혁신거점 조성에 관한 업무협약을 체결했다"
            en: "… on the 20th signed an agreement on building an innovation hub"
          - ko: "{{Passage}}"
            en: "{{WholeEnglish}}"
          - ko: "혁신거점 조성에 관한 업무협약"
            en: "agreement on building an innovation hub"
          - ko: "혁신거점 조성에 관한 업무협약을 체결했다"
            en: "… signed an agreement on building an innovation hub"
          - ko: "총 12.5억원을 투입할 계획이다"
            en: "… plans to put in 1.25 billion won in total"
          - ko: "한빛시는 2025년까지 총 12.5억원을 투입할 계획이다"
            en: "Hanbit City plans to put in 1.25 billion won in total by 2025"
          - ko: "2024년 5억원, 2025년 7.5억원"
            en: "500 million won in 2024 and 750 million won in 2025"
        """;

    [Fact]
    public void An_english_page_shows_the_editors_translation_under_each_passage_and_a_korean_page_does_not()
    {
        using var project = Translated();

        var english = Page(project, "en/funding/hanbit-budget/index.html");
        var notes = english.QuerySelectorAll(".page-sources li");
        Assert.Equal(2, notes.Length);
        Assert.Equal("한빛시는 2025년까지 총 12.5억원을 투입할 계획이다", notes[0].QuerySelector("q[lang=ko]")!.TextContent);
        Assert.Equal("Editors' translation: Hanbit City plans to put in 1.25 billion won in total by 2025", notes[0].QuerySelector(".gloss")!.TextContent);
        Assert.Equal("Editors' translation: 500 million won in 2024 and 750 million won in 2025", notes[1].QuerySelector(".gloss")!.TextContent);
        Assert.Contains("with the editors' English translation beneath it", english.QuerySelector(".quotes-language")!.TextContent);

        var korean = Page(project, "funding/hanbit-budget/index.html");
        Assert.Equal(2, korean.QuerySelectorAll(".page-sources li").Length);
        Assert.Empty(korean.QuerySelectorAll(".gloss"));
        Assert.Null(korean.QuerySelector(".quotes-language"));
    }

    [Fact]
    public void Overlapping_quotes_are_shown_and_translated_as_the_passage_they_make_on_the_source_page_and_on_a_page_citing_two()
    {
        using var project = Translated();

        // "한빛시와 한빛대학교는", "한빛대학교는 20일" and "20일 … 체결했다" overlap, so they are one passage, with a translation of its own.
        var passages = Page(project, "en/sources/100_fixture/index.html").QuerySelectorAll(".passages > li");
        Assert.Equal(Passage, passages[0].QuerySelector("q")!.TextContent);
        Assert.Equal("Editors' translation: " + WholeEnglish, passages[0].QuerySelector(".gloss")!.TextContent);
        Assert.All(passages, p => Assert.NotNull(p.QuerySelector(".gloss")));
        Assert.Empty(Page(project, "sources/100_fixture/index.html").QuerySelectorAll(".gloss"));

        // The partner cites the first two: its note shows the passage once, not its shared words twice, in Korean and in English.
        var note = Page(project, "en/partners/hanbit-city/index.html").QuerySelectorAll(".page-sources li").Single(li => li.TextContent.Contains("한빛대학교", StringComparison.Ordinal));
        Assert.Equal([Passage], note.QuerySelectorAll("q").Select(q => q.TextContent));
        Assert.Equal("Editors' translation: " + WholeEnglish, note.QuerySelector(".gloss")!.TextContent);
        Assert.Contains(Passage, Page(project, "partners/hanbit-city/index.html").QuerySelectorAll(".page-sources li q").Select(q => q.TextContent));
    }

    [Fact]
    public void A_passage_of_overlapping_quotes_without_a_translation_of_its_own_is_warned_about_and_shown_in_korean_only()
    {
        using var project = Translated(without: Passage);

        var result = project.Run("build", "--quiet");

        Assert.Contains($"content/hubs/hanbit.yaml:22:12: warning: quotes of 100_fixture overlap here, making the passage \"{Passage}\", which has no English translation as a whole", result.Stderr);
        var passage = Page(project, "en/sources/100_fixture/index.html").QuerySelectorAll(".passages > li")[0];
        Assert.Equal(Passage, passage.QuerySelector("q")!.TextContent);
        Assert.Null(passage.QuerySelector(".gloss"));
        var note = Page(project, "en/partners/hanbit-city/index.html").QuerySelectorAll(".page-sources li").Single(li => li.TextContent.Contains("한빛대학교", StringComparison.Ordinal));
        Assert.Null(note.QuerySelector(".gloss"));
    }

    [Fact]
    public void A_passage_shows_no_translation_until_every_quote_of_it_has_one_and_the_page_says_its_passages_are_in_korean()
    {
        using var project = Translated(without: "2024년 5억원, 2025년 7.5억원");

        var result = project.Run("build", "--quiet");

        Assert.Contains("content/funding/hanbit-budget.yaml:18:12: warning: this passage of 100_fixture has no English translation", result.Stderr);
        var page = Page(project, "en/funding/hanbit-budget/index.html");
        var notes = page.QuerySelectorAll(".page-sources li");
        Assert.NotNull(notes[0].QuerySelector(".gloss"));
        Assert.Null(notes[1].QuerySelector(".gloss"));
        Assert.Equal("Each passage is quoted as its source wrote it, in Korean.", page.QuerySelector(".quotes-language")!.TextContent);
    }

    [Fact]
    public void The_open_data_gives_each_source_s_translations()
    {
        using var project = Translated();

        var portalJson = JsonNode.Parse(project.SiteFiles()["data/portal.json"])!;

        var source = Assert.Single(portalJson["sources"]!.AsArray())!;
        var translations = source["translations"]!.AsArray();
        Assert.Equal(9, translations.Count);
        Assert.Equal("2024년 5억원, 2025년 7.5억원", (string)translations[8]!["ko"]!);
        Assert.Equal("500 million won in 2024 and 750 million won in 2025", (string)translations[8]!["en"]!);
    }

    [Fact]
    public void The_portal_translates_every_passage_it_cites()
    {
        var bag = new DiagnosticBag();
        var content = new ContentLoader(new ContentPaths(Repo.Content, Repo.Seeds, Repo.Root)).Load(bag);
        var seeds = content.Seeds.ToDictionary(s => s.Id);

        var untranslated = content.AllCitations()
            .Where(c => seeds[c.Citation.Seed].EnglishOf(c.Citation.Quote) is null)
            .Select(c => $"{c.Citation.Where.Path}:{c.Citation.Where.Line}: {c.Citation.Quote}")
            .Distinct()
            .ToList();

        Assert.Empty(untranslated);
        Assert.All(content.Seeds, s => Assert.NotEmpty(s.Translations));
    }

    [Fact]
    public void Every_passage_on_the_portal_s_english_pages_has_its_translation_and_none_on_its_korean_pages()
    {
        var english = portal.Pages.Where(p => p.Key.StartsWith("en/", StringComparison.Ordinal)).ToList();
        var korean = portal.Pages.Where(p => !p.Key.StartsWith("en/", StringComparison.Ordinal)).ToList();

        var notes = english.SelectMany(p => p.Value.QuerySelectorAll(".page-sources li, .passages > li").Select(li => (Page: p.Key, Item: li))).ToList();
        Assert.True(notes.Count > 500, $"only {notes.Count} cited passages on English pages");
        var bare = notes.Where(n => n.Item.QuerySelector(".gloss") is null).Select(n => $"{n.Page}: {n.Item.QuerySelector("q")?.TextContent}").ToList();
        Assert.Empty(bare);
        Assert.All(korean, p => Assert.Empty(p.Value.QuerySelectorAll(".gloss")));
    }

    /// <summary>The small site, its partner also citing a quote that overlaps two others, and its source translated (all but <paramref name="without"/>).</summary>
    private static TempProject Translated(string? without = null)
    {
        var project = TempProject.FromBase();
        var partner = Path.Combine(project.Content, "partners", "hanbit-city.yaml");
        File.AppendAllText(partner, "  - seed: 100_fixture\n    quote: \"한빛대학교는 20일\"\n");
        var lines = Translations.Split('\n').ToList();
        if (without is not null)
        {
            lines.RemoveRange(lines.IndexOf($"  - ko: \"{without}\""), 2);
        }

        var seed = Path.Combine(project.Root, "seeds", "100_fixture.yaml");
        File.AppendAllText(seed, string.Join('\n', lines) + "\n");
        if (without is null)
        {
            var result = project.Run("build", "--quiet");
            Assert.True(result.ExitCode == 0 && TempProject.WithoutHistoryWarning(result.Stderr).Length == 0, result.Stderr);
        }

        return project;
    }

    private static IHtmlDocument Page(TempProject project, string path) =>
        new HtmlParser().ParseDocument(Encoding.UTF8.GetString(project.SiteFiles()[path]));
}
