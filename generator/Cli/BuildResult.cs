using Hubwatch.Diagnostics;
using Hubwatch.Rendering;

namespace Hubwatch.Cli;

/// <summary>What a build produced: the rendered files (when there were no errors) and every diagnostic.</summary>
public sealed record BuildResult(IReadOnlyList<OutputFile>? Files, DiagnosticBag Diagnostics);
