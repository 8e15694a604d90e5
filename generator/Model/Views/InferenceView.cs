namespace Hubwatch.Model.Views;

/// <summary>An editors' inference as a page shows it: the reading, how it was reached, and the passages it reads from.</summary>
public sealed record InferenceView(string Text, string Reasoning, IReadOnlyList<CiteView> Cites);
