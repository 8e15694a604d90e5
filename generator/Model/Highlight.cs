using System.Collections.Immutable;
using Hubwatch.Content;

namespace Hubwatch.Model;

/// <summary>A cited passage of a seed: its span in the verbatim text, its anchor, the records that cite it (one citation each), and every quote of it they make.</summary>
public sealed record Highlight(int Start, int End, string Anchor, ImmutableArray<CitedFact> CitedBy, ImmutableArray<string> Quotes);
