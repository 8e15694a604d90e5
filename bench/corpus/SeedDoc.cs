namespace Hubwatch.Bench.Corpus;

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
