using System.Text;

namespace Hubwatch.Diagnostics;

/// <summary>
/// Diagnostics as GitHub Actions workflow commands (<c>::error file=…,line=…,col=…,title=…::message</c>), which the
/// runner turns into annotations on the lines of a pull request. Values are escaped as the Actions toolkit does:
/// <c>%</c>, CR and LF everywhere, and <c>:</c> and <c>,</c> in properties too.
/// </summary>
public static class GitHubAnnotations
{
    public const string Title = "Hubwatch";

    public static void Write(DiagnosticBag bag, TextWriter output)
    {
        foreach (var diagnostic in bag.Sorted())
        {
            output.WriteLine(Format(diagnostic));
        }
    }

    public static string Format(Diagnostic diagnostic)
    {
        var command = diagnostic.Severity == Severity.Error ? "error" : "warning";
        var where = diagnostic.Where;
        var message = diagnostic.Hint is null ? diagnostic.Message : $"{diagnostic.Message}\nhint: {diagnostic.Hint}";
        // A file as a whole (a symbolic link, say) has no line: the annotation names the file alone.
        var position = where.Line > 0 ? $",line={where.Line},col={where.Column}" : "";
        return $"::{command} file={Property(where.Path.Replace('\\', '/'))}{position},title={Property(Title)}::{Data(message)}";
    }

    /// <summary>A command's message: <c>%</c>, CR and LF as percent escapes.</summary>
    public static string Data(string text) => Escape(text, property: false);

    /// <summary>A property value: as <see cref="Data"/>, and <c>:</c> and <c>,</c> too, which end a value.</summary>
    public static string Property(string text) => Escape(text, property: true);

    private static string Escape(string text, bool property)
    {
        var escaped = new StringBuilder(text.Length);
        foreach (var c in text)
        {
            escaped.Append(c switch
            {
                '%' => "%25",
                '\r' => "%0D",
                '\n' => "%0A",
                ':' when property => "%3A",
                ',' when property => "%2C",
                _ => c.ToString(),
            });
        }

        return escaped.ToString();
    }
}
