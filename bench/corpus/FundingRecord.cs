namespace Hubwatch.Bench.Corpus;

/// <summary>A funding record.</summary>
public sealed class FundingRecord(string id)
{
    public string Id { get; } = id;

    public Text Title { get; set; } = new("", "");

    public long Units { get; set; }

    public string Written { get; set; } = "";

    public string FunderKind { get; set; } = "unspecified";

    public PartnerRecord? Funder { get; set; }

    public string? FunderReference { get; set; }

    public List<HubRecord> Hubs { get; } = [];

    public ProgramRecord? Program { get; set; }

    public int? From { get; set; }

    public int? To { get; set; }

    public Text Purpose { get; set; } = new("", "");

    public string Status { get; set; } = "planned";

    public FundingRecord? PartOf { get; set; }

    public List<BreakdownLine> Breakdown { get; } = [];

    public Text? Note { get; set; }

    public List<Quote> Sources { get; } = [];
}
