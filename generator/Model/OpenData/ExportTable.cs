namespace Hubwatch.Model.OpenData;

/// <summary>
/// A table of the open data: the file it is written to, its interface-text key, its columns, how many rows it has and
/// its rows as text. The rows are made as they are read, one at a time, so writing a table of tens of thousands of
/// rows never holds them all; each reading makes them again.
/// </summary>
public sealed record ExportTable(string File, string Key, IReadOnlyList<ExportColumn> Columns, int RowCount, IEnumerable<IReadOnlyList<string>> Rows);
