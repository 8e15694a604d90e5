using Hubwatch.Tests.Support;
using Hubwatch.Validation;

namespace Hubwatch.Tests.Validation;

public sealed class OrganisationNamesTests
{
    [Theory]
    [InlineData("광주시는", "광주시")]
    [InlineData("산업부와", "산업부")]
    [InlineData("과학기술정보통신부는", "과학기술정보통신부")]
    [InlineData("(과기정통부)", "과기정통부")]
    [InlineData("국민연금공단의", "국민연금공단")]
    [InlineData("전북도는", "전북도")]
    [InlineData("충청북도와", "충청북도")]
    [InlineData("완주군이", "완주군")]
    [InlineData("광주시의회", "광주시의회")]
    [InlineData("한국전력공사와", "한국전력공사")]
    [InlineData("전북신용보증재단,", "전북신용보증재단")]
    [InlineData("디지털플랫폼정부위원회가", "디지털플랫폼정부위원회")]
    [InlineData("중국공상은행의", "중국공상은행")]
    [InlineData("아토리서치㈜과", "아토리서치")]
    [InlineData("㈜카카오엔터프라이즈,", "카카오엔터프라이즈")]
    [InlineData("(주)한빛소프트", "한빛소프트")]
    public void A_word_that_names_an_organisation_is_found_without_its_particle(string text, string name)
    {
        var found = OrganisationNames.Find(text).ToArray();
        Assert.Single(found);
        Assert.Equal(name, found[0].Names[0]);
        Assert.Equal(name, text.Substring(found[0].Offset, name.Length));
    }

    [Theory]
    [InlineData("정부가 혁신도시와 신도시에 금융도시를")]
    [InlineData("윤석열정부의 국정과제")]
    [InlineData("기금운용본부와 연계한")]
    [InlineData("제도적 보완과 속도, 전북은 필요시 실시한다")]
    [InlineData("세계 최대 은행인 공사를 시작")]
    [InlineData("혁신성장본부장(3급), 3부(부장 4급)")]
    public void Ordinary_words_are_not_taken_for_organisations(string text)
    {
        Assert.Empty(OrganisationNames.Find(text));
    }

    [Fact]
    public void A_name_in_a_cited_passage_is_not_reported()
    {
        using var project = TempProject.FromBase();
        project.Overlay(Path.Combine(Repo.Fixtures, "cases", "015-seed-names-unknown-organisation"));
        Assert.Contains("'한빛신용보증재단'", project.Run("check", "--quiet").Stderr);

        // Citing the passage shows an editor has read it; the names in it are theirs to judge.
        var partner = Path.Combine(project.Content, "partners", "hanbit-city.yaml");
        File.AppendAllText(partner, "  - seed: 100_fixture\n    quote: \"협약식에는 한빛신용보증재단과 ㈜한빛소프트, 한빛대병원 관계자도 참석했다\"\n");
        var result = project.Run("check", "--quiet");

        Assert.Equal("", result.Stderr);
        Assert.Equal(0, result.ExitCode);
    }

    [Fact]
    public void The_repository_content_checks_without_errors_or_warnings()
    {
        using var project = TempProject.FromRepository();
        var result = project.Run("check", "--quiet");
        Assert.Equal("", result.Stderr);
        Assert.Equal(0, result.ExitCode);
    }
}
