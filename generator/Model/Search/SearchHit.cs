namespace Hubwatch.Model.Search;

/// <summary>One result of a query: the document's number in the index, its score, its kind (an index into the manifest's kinds) and what the result shows.</summary>
public sealed record SearchHit(int Doc, double Score, int Kind, SearchEntry Document);

/// <summary>One result of a query before its document is fetched: the document's number, its score and its kind.</summary>
public sealed record SearchRank(int Doc, double Score, int Kind);
