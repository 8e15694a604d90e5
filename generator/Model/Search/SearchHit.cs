namespace Hubwatch.Model.Search;

/// <summary>One result of a query: the document's position in the index, its score and the document.</summary>
public sealed record SearchHit(int Doc, double Score, SearchDocument Document);
