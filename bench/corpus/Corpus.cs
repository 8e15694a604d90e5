namespace Hubwatch.Bench.Corpus;

/// <summary>A text in both languages, Korean first.</summary>
public sealed record Text(string Ko, string En);

/// <summary>A verbatim quote from a generated seed document.</summary>
public sealed record Quote(string Seed, string Sentence);

/// <summary>A generated seed document: metadata, and its text assembled from the sentences that records quote.</summary>
public sealed class SeedDoc(string id, HubRecord hub)
{
    public string Id { get; } = id;

    public HubRecord Hub { get; } = hub;

    public Text Publisher { get; set; } = new("", "");

    public Text Title { get; set; } = new("", "");

    public string Published { get; set; } = "";

    public string Kind { get; set; } = "news";

    public string? Url { get; set; }

    public List<string> Lead { get; } = [];

    public List<string> Money { get; } = [];

    public List<string> Events { get; } = [];

    public List<string> People { get; } = [];

    public string Body { get; set; } = "";

    /// <summary>Projects whose money this document states, so no two figures read alike.</summary>
    public HashSet<string> Projects { get; } = new(StringComparer.Ordinal);

    /// <summary>Adds a sentence to a section of the document and returns the quote that cites it.</summary>
    public Quote Say(List<string> section, string sentence)
    {
        section.Add(sentence);
        return new Quote(Id, sentence);
    }
}

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

/// <summary>A line of a funding breakdown: a year, or a label such as 기투자 (already invested).</summary>
public sealed record BreakdownLine(int? Year, Text? Label, long Units, string Written);

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

/// <summary>A party to an agreement.</summary>
public sealed record PartyRecord(PartnerRecord Partner, string Reference, Text? Undertakes, List<Quote> Sources);

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

/// <summary>The whole generated corpus, in the order files are written.</summary>
public sealed record Corpus(
    int Seed,
    int Size,
    IReadOnlyList<HubRecord> Hubs,
    IReadOnlyList<ProgramRecord> Programs,
    IReadOnlyList<PartnerRecord> Partners,
    IReadOnlyList<AgreementRecord> Agreements,
    IReadOnlyList<FundingRecord> Funding,
    IReadOnlyList<SeedDoc> Seeds);
