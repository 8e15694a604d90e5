namespace Hubwatch.Bench.Corpus;

/// <summary>A program record.</summary>
public sealed class ProgramRecord(string id, Theme theme)
{
    public string Id { get; } = id;

    public Theme Theme { get; } = theme;

    public Text Name { get; set; } = new("", "");

    public string Scope { get; set; } = "national";

    public PartnerRecord? Owner { get; set; }

    public Text Summary { get; set; } = new("", "");

    public Text Body { get; set; } = new("", "");

    public List<Quote> Sources { get; } = [];
}
