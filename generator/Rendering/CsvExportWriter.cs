using CsvHelper;
using Hubwatch.Model.OpenData;

namespace Hubwatch.Rendering;

/// <summary>
/// Writes an exported table as CSV: RFC 4180 (comma, CRLF, quotes where needed), UTF-8 with a byte order mark so
/// spreadsheet programs read Korean correctly, and text cells that a spreadsheet would run as a formula escaped.
/// </summary>
public static class CsvExportWriter
{
    public static CsvWriterOptions Options { get; } = new()
    {
        Separator = ',',
        NewLine = "\r\n",
        WriteByteOrderMark = true,
        Injection = CsvInjection.Escape,
    };

    public static void Write(ExportTable table, Stream stream)
    {
        using (var csv = CsvWriter.Create(stream, Options, leaveOpen: true))
        {
            csv.WriteHeader([.. table.Columns.Select(c => c.Header)]);
            foreach (var row in table.Rows)
            {
                csv.WriteRecord([.. row]);
            }

            csv.Flush();
        }
    }
}
