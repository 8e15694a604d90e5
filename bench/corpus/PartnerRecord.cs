namespace Hubwatch.Bench.Corpus;

/// <summary>A partner (organisation) record.</summary>
public sealed class PartnerRecord(string id, Text name, string type)
{
    public string Id { get; } = id;

    public Text Name { get; } = name;

    public string Type { get; } = type;

    public List<string> Aliases { get; } = [];

    /// <summary>What the organisation is, as a Korean noun phrase and an English one, for its summary and the seed sentence.</summary>
    public Text What { get; set; } = new("", "");

    public List<Quote> Sources { get; } = [];

    /// <summary>How records refer to it: usually the id, sometimes an alias, as editors do.</summary>
    public string Reference(Rng rng) => Aliases.Count > 0 && rng.Chance(0.1) ? rng.Pick(Aliases) : Id;

    /// <summary>How a source names it: usually the Korean name, sometimes an alias.</summary>
    public string Mention(Rng rng) => Aliases.Count > 0 && rng.Chance(0.25) ? rng.Pick(Aliases) : Name.Ko;

    public bool IsMentioned { get; set; }
}
