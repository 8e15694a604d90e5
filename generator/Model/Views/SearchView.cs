namespace Hubwatch.Model.Views;

/// <summary>The search page: where the form sends its query, the index and script to load, and the indexes to browse without JavaScript.</summary>
public sealed record SearchView(string Action, string IndexUrl, string ScriptUrl, IReadOnlyList<LinkView> Indexes);
