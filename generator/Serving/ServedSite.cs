using System.Collections.Immutable;
using Hubwatch.Diagnostics;

namespace Hubwatch.Serving;

/// <summary>
/// What <c>serve</c> shows at one moment: the last good build's files (none before the first good build),
/// the errors of the latest build (none when it succeeded), and a version that changes whenever either does,
/// so open pages know to look again.
/// </summary>
public sealed record ServedSite(
    int Version,
    string BasePath,
    ServedFiles? Files,
    ImmutableArray<Diagnostic> Errors)
{
    public static ServedSite Empty(string basePath) => new(0, basePath, null, []);
}
