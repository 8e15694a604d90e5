using System.Text.RegularExpressions;

namespace Hubwatch.Output;

/// <summary>Says in plain words what a failed file operation ran into, with the path it was working on.</summary>
public static partial class IoProblem
{
    public static string Describe(Exception e)
    {
        var path = QuotedPath().Match(e.Message) is { Success: true } m ? m.Groups["path"].Value : null;
        var what = (e, e.HResult) switch
        {
            (UnauthorizedAccessException, _) or (_, 1 or 13) => "permission denied",
            (_, 28) => "the disk is full",
            (_, 122) => "the disk quota is used up",
            (_, 30) => "the file system is read-only",
            (_, 40) => "a symbolic link loops back on itself",
            (_, 36) => "the path is too long",
            (_, 5) => "the disk reported an input/output error",
            (DirectoryNotFoundException, _) => "a folder on the way does not exist",
            (FileNotFoundException, _) => "the file does not exist",
            _ => e.Message.TrimEnd('.'),
        };
        return path is null ? what : $"{what}: {path}";
    }

    [GeneratedRegex("'(?<path>[^']+)'")]
    private static partial Regex QuotedPath();
}
