namespace Hubwatch.Model.OpenData;

/// <summary>A table of the open data: the file it is written to, its interface-text key, its columns and its rows as text.</summary>
public sealed record ExportTable(string File, string Key, IReadOnlyList<ExportColumn> Columns, IReadOnlyList<IReadOnlyList<string>> Rows);
