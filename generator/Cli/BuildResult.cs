using Hubwatch.Diagnostics;
using Hubwatch.Rendering;

namespace Hubwatch.Cli;

/// <summary>What a build produced: the rendered files (when there were no errors), every diagnostic, and the base path the files were rendered for.</summary>
public sealed record BuildResult(IReadOnlyList<OutputFile>? Files, DiagnosticBag Diagnostics, string? BasePath = null);
