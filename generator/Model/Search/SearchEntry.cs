namespace Hubwatch.Model.Search;

/// <summary>What a result shows of a document, as kept in the chunks of the split index: its address, title and text (for the snippet).</summary>
public sealed record SearchEntry(string Url, string Title, string Text);
