namespace Hubwatch.Model.Search;

/// <summary>
/// One searchable page or part of a page: where it is, its kind (an index into <see cref="SearchIndex.Kinds"/>),
/// its title, other names it goes by, its text for snippets, and the place names it stands for (a hub's region and province).
/// </summary>
public sealed record SearchDocument(string Url, int Kind, string Title, string Names, string Text, IReadOnlyList<string> Places);
