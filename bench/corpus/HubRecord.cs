namespace Hubwatch.Bench.Corpus;

/// <summary>A hub record.</summary>
public sealed class HubRecord(string id, Place place, HubKind kind, Theme theme)
{
    public string Id { get; } = id;

    public Place Place { get; } = place;

    public HubKind Kind { get; } = kind;

    public Theme Theme { get; } = theme;

    public Text Name { get; set; } = new("", "");

    public double Lat { get; set; }

    public double Lon { get; set; }

    public string? Designated { get; set; }

    public Text? Area { get; set; }

    public string Status { get; set; } = "planned";

    public List<ProgramRecord> Programs { get; } = [];

    public Text Summary { get; set; } = new("", "");

    public List<(Text Label, Text Value, List<Quote> Sources)> KeyFigures { get; } = [];

    public Text Body { get; set; } = new("", "");

    public Text? Note { get; set; }

    public List<Quote> Sources { get; } = [];

    public List<SeedDoc> Seeds { get; } = [];

    public double Weight { get; set; }

    public int FundingCount { get; set; }
}
