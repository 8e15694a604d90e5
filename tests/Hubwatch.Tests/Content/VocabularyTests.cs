using Hubwatch.Content;

namespace Hubwatch.Tests.Content;

/// <summary>The closed vocabularies are enums in the code and kebab-case codes in the content, the data and the interface keys.</summary>
public sealed class VocabularyTests
{
    [Fact]
    public void A_value_is_written_as_the_kebab_case_of_its_name()
    {
        Assert.Equal("provincial-government", PartnerType.ProvincialGovernment.Code());
        Assert.Equal("international-organisation", PartnerType.InternationalOrganisation.Code());
        Assert.Equal("investment-agreement", AgreementKind.InvestmentAgreement.Code());
        Assert.Equal("mou", AgreementKind.Mou.Code());
        Assert.Equal("press-release", SeedKind.PressRelease.Code());
    }

    [Fact]
    public void Codes_parse_back_to_their_values_and_nothing_else_parses()
    {
        Assert.True(Vocabulary.TryParse<FundingStatus>("executed", out var status));
        Assert.Equal(FundingStatus.Executed, status);
        Assert.False(Vocabulary.TryParse<FundingStatus>("Executed", out _));
        Assert.False(Vocabulary.TryParse<FunderKind>("provincial-government", out _));
        foreach (var kind in Vocabulary.ValuesOf<PartnerType>())
        {
            Assert.True(Vocabulary.TryParse<PartnerType>(kind.Code(), out var back));
            Assert.Equal(kind, back);
        }
    }

    [Fact]
    public void Codes_come_in_the_order_pages_list_them()
    {
        Assert.Equal(["announced", "planned", "committed", "executed", "unstated"], Vocabulary.CodesOf<FundingStatus>().ToArray());
        Assert.Equal(["national", "provincial", "municipal", "private", "foreign", "unspecified"], Vocabulary.CodesOf<FunderKind>().ToArray());
    }

    [Theory]
    [InlineData(FunderKind.National, FunderSector.Public)]
    [InlineData(FunderKind.Municipal, FunderSector.Public)]
    [InlineData(FunderKind.Foreign, FunderSector.Private)]
    [InlineData(FunderKind.Private, FunderSector.Private)]
    [InlineData(FunderKind.Unspecified, FunderSector.Unspecified)]
    public void A_funder_kind_falls_on_one_side(FunderKind kind, FunderSector sector) => Assert.Equal(sector, kind.Sector());
}
