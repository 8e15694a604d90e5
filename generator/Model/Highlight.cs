using System.Collections.Immutable;
using Hubwatch.Content;

namespace Hubwatch.Model;

/// <summary>A cited passage of a seed: its span in the verbatim text, its anchor, and the records that cite it.</summary>
public sealed record Highlight(int Start, int End, string Anchor, ImmutableArray<CitedFact> CitedBy)
{
    /// <summary>The passage as a reader is shown it: its words in <paramref name="seedText"/>, whitespace squeezed.</summary>
    public string Passage(string seedText) => SeedText.Normalize(seedText[Start..End]);
}
