namespace Hubwatch.Bench.Corpus;

/// <summary>An agreement or dated event.</summary>
public sealed class AgreementRecord(string id)
{
    public string Id { get; } = id;

    public Text Title { get; set; } = new("", "");

    public string Kind { get; set; } = "mou";

    public string Date { get; set; } = "";

    public Text? DateNote { get; set; }

    public HubRecord Hub { get; set; } = null!;

    public ProgramRecord? Program { get; set; }

    public List<PartyRecord> Parties { get; } = [];

    public Text Summary { get; set; } = new("", "");

    public Text? Note { get; set; }

    public List<Quote> Sources { get; } = [];
}
