namespace Hubwatch.Diagnostics;

/// <summary>How bad a diagnostic is: errors stop the build, warnings do not.</summary>
public enum Severity
{
    Error,
    Warning,
}
