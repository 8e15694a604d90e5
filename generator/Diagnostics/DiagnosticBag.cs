using System.Collections.Immutable;

namespace Hubwatch.Diagnostics;

/// <summary>
/// Collects diagnostics across a stage so an editor sees every mistake in one run.
/// Stages keep going after a problem; the build stops between stages when <see cref="HasErrors"/>.
/// </summary>
public sealed class DiagnosticBag
{
    private readonly List<Diagnostic> _items = [];
    private readonly Lock _gate = new();

    public bool HasErrors
    {
        get
        {
            lock (_gate)
            {
                return _items.Any(d => d.Severity == Severity.Error);
            }
        }
    }

    public int ErrorCount
    {
        get
        {
            lock (_gate)
            {
                return _items.Count(d => d.Severity == Severity.Error);
            }
        }
    }

    public int WarningCount
    {
        get
        {
            lock (_gate)
            {
                return _items.Count(d => d.Severity == Severity.Warning);
            }
        }
    }

    public void Error(SourceLocation where, string message, string? hint = null) =>
        Add(new Diagnostic(Severity.Error, where, message, hint));

    public void Warning(SourceLocation where, string message, string? hint = null) =>
        Add(new Diagnostic(Severity.Warning, where, message, hint));

    public void Add(Diagnostic diagnostic)
    {
        lock (_gate)
        {
            _items.Add(diagnostic);
        }
    }

    /// <summary>What <paramref name="check"/> reports, sorted: a result kept to be reported again with <see cref="AddRange"/>.</summary>
    public static ImmutableArray<Diagnostic> Collect(Action<DiagnosticBag> check)
    {
        var own = new DiagnosticBag();
        check(own);
        return own.Sorted();
    }

    public void AddRange(IEnumerable<Diagnostic> diagnostics)
    {
        lock (_gate)
        {
            _items.AddRange(diagnostics);
        }
    }

    /// <summary>All diagnostics ordered by file, line and column, so output is stable and grouped by file.</summary>
    public ImmutableArray<Diagnostic> Sorted()
    {
        lock (_gate)
        {
            return [.. _items
                .Distinct()
                .OrderBy(d => d.Where.Path, StringComparer.Ordinal)
                .ThenBy(d => d.Where.Line)
                .ThenBy(d => d.Where.Column)
                .ThenBy(d => d.Message, StringComparer.Ordinal)];
        }
    }
}
