using Hubwatch.Content;
using Hubwatch.Model;
using Hubwatch.Tests.Support;

namespace Hubwatch.Tests.Model;

/// <summary>The site model and the source highlights built from a few records, without rendering.</summary>
public sealed class SiteModelTests
{
    private static SiteModel Model(ContentSet content) => SiteModel.Of(ContentIndex.Of(content), new UrlScheme("/"));

    [Fact]
    public void A_hub_lists_its_funding_and_the_partners_that_sign_or_fund_for_it()
    {
        var site = Model(SmallPortal.Content());
        Assert.Equal(["hanbit-budget"], SiteModel.Of(site.FundingByHub, "hanbit").Select(f => f.Id.Value));
        Assert.Equal(["hanbit-mou"], SiteModel.Of(site.AgreementsByHub, "hanbit").Select(a => a.Id.Value));

        // The university signs under its Korean name; the model files it under its id.
        Assert.Equal(["hanbit-city", "hanbit-university"], SiteModel.Of(site.PartnersOfHub, "hanbit").Select(i => i.Value));
        Assert.Equal(["hanbit-mou"], SiteModel.Of(site.AgreementsByPartner, "hanbit-university").Select(a => a.Id.Value));
        Assert.Equal(["hanbit"], SiteModel.Of(site.HubsOfPartner, "hanbit-university").Select(i => i.Value));
    }

    [Fact]
    public void Agreements_are_listed_by_date()
    {
        Assert.True(PartialDate.TryParse("2023-01-05", out var date, out _));
        var earlier = SmallPortal.Mou with { Id = new("hanbit-mou-2023"), Date = date! };
        var site = Model(SmallPortal.Content() with { Agreements = [SmallPortal.Mou, earlier] });
        Assert.Equal(["hanbit-mou-2023", "hanbit-mou"], SiteModel.Of(site.AgreementsByHub, "hanbit").Select(a => a.Id.Value));
    }

    [Fact]
    public void Overlapping_quotes_become_one_highlight_cited_by_both_records()
    {
        var site = Model(SmallPortal.Content());
        var highlights = site.Annotations.For("100_fixture");

        // The hub quotes part of the passage the agreement quotes.
        var start = SmallPortal.SeedText.IndexOf("20일 혁신거점", StringComparison.Ordinal);
        var merged = Assert.Single(highlights, h => h.Start == start);
        Assert.Equal(SmallPortal.SeedText.IndexOf(".\n이에", StringComparison.Ordinal), merged.End);
        Assert.Equal($"c{start}", merged.Anchor);
        Assert.Equal([(RecordKind.Hub, "hanbit"), (RecordKind.Agreement, "hanbit-mou")], merged.CitedBy.Select(f => (f.Kind, f.RecordId)));
        Assert.Equal($"c{start}", site.Annotations.AnchorOf(SmallPortal.Hub.Sources[0]));
    }
}
