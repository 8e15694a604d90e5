namespace Hubwatch.Diagnostics;

/// <summary>One problem found in the content, with where it is and, when it helps, how to fix it.</summary>
public sealed record Diagnostic(Severity Severity, SourceLocation Where, string Message, string? Hint = null)
{
    /// <summary>Formats as <c>path:line:column: error: message</c>, with the hint on an indented second line.</summary>
    public string Format()
    {
        var severity = Severity == Severity.Error ? "error" : "warning";
        var line = $"{Where}: {severity}: {Message}";
        return Hint is null ? line : $"{line}\n  hint: {Hint}";
    }

    public override string ToString() => Format();
}
