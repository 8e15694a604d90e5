namespace Hubwatch.Model.Search;

/// <summary>A kind of search result (<c>hub</c>, <c>partner</c>, …) with its label in the index's language; the order of kinds breaks ties between results.</summary>
public sealed record SearchKind(string Id, string Label);
