namespace Hubwatch.Model.Views;

/// <summary>One downloadable file on the data page: its name, address, what it holds, how many rows, and its columns (none for JSON).</summary>
public sealed record DataFileView(string Id, string Name, string Url, string Description, int Rows, IReadOnlyList<DataColumnView> Columns);
