namespace Hubwatch.Model.Views;

/// <summary>A source document in the source list.</summary>
public sealed record SourceItemView(string Id, string Url, string Title, string Publisher, string? Date, string? DateNote, string Kind, int Passages);
