namespace Hubwatch.Cli;

/// <summary>How problems are printed (<c>check --format</c>).</summary>
public enum DiagnosticFormat
{
    /// <summary><c>path:line:column: error: message</c>, with the hint on the next line.</summary>
    Text,

    /// <summary>GitHub Actions workflow commands, which annotate the lines of a pull request.</summary>
    GitHub,
}
