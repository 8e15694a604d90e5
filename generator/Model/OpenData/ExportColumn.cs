namespace Hubwatch.Model.OpenData;

/// <summary>A column of an exported table: its header and the interface-text key (<c>data.columns.&lt;key&gt;</c>) that explains it on the data page.</summary>
public sealed record ExportColumn(string Header, string Key);
