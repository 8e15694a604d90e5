using Hubwatch.Tests.Support;

namespace Hubwatch.Tests.Cli;

public sealed class TranslationTests
{
    private const string HubWithoutEnglishBody = """
        id: hanbit
        name: { ko: 한빛 혁신거점, en: Hanbit Innovation Hub }
        region: { ko: 한빛시, en: Hanbit }
        province: { ko: 한빛도, en: Hanbit Province }
        coordinates: { lat: 36.0, lon: 127.5 }
        status: selected
        programs: [hub-program]
        summary: { ko: 한빛시의 혁신거점이다. }
        body:
          ko: |
            한빛시와 한빛대학교가 협약을 맺었다.
        sources:
          - seed: 100_fixture
            quote: "혁신거점 조성에 관한 업무협약을 체결했다"
        """;

    [Fact]
    public void A_missing_english_text_is_an_error_with_the_file_and_key()
    {
        using var project = TempProject.FromBase();
        project.Write("content/hubs/hanbit.yaml", HubWithoutEnglishBody);

        var result = project.Run("check", "--quiet");

        Assert.Equal(1, result.ExitCode);
        Assert.Contains("content/hubs/hanbit.yaml:8:10: error: 'summary' has no 'en' text", result.Stderr);
        Assert.Contains("content/hubs/hanbit.yaml:10:3: error: 'body' has no 'en' text", result.Stderr);
        Assert.Contains("mark the record untranslated: true while the English is pending", result.Stderr);
    }

    [Fact]
    public void A_record_marked_untranslated_builds_and_its_english_page_says_so()
    {
        using var project = TempProject.FromBase();
        project.Write("content/hubs/hanbit.yaml", "untranslated: true\n" + HubWithoutEnglishBody);

        var result = project.Run("build", "--quiet");

        Assert.Equal(0, result.ExitCode);
        var english = File.ReadAllText(Path.Combine(project.Output, "en", "hubs", "hanbit", "index.html"));
        Assert.Contains("This page has not been translated into English yet", english);
        Assert.Contains("<div lang=\"ko\">", english);
        Assert.Contains("한빛시의 혁신거점이다.", english);
        var korean = File.ReadAllText(Path.Combine(project.Output, "hubs", "hanbit", "index.html"));
        Assert.DoesNotContain("translation-notice", korean);
    }

    [Fact]
    public void A_korean_page_marked_untranslated_stands_in_for_its_english_twin()
    {
        using var project = TempProject.FromBase();
        File.Delete(Path.Combine(project.Root, "content", "pages", "about.en.md"));
        project.Write("content/pages/about.ko.md", "---\ntitle: 소개\nuntranslated: true\n---\n시험용 소개 페이지입니다.\n");

        var result = project.Run("build", "--quiet");

        Assert.Equal(0, result.ExitCode);
        var english = File.ReadAllText(Path.Combine(project.Output, "en", "about", "index.html"));
        Assert.Contains("translation-notice", english);
        Assert.Contains("시험용 소개 페이지입니다.", english);
    }
}
