using System.Runtime.InteropServices;

namespace Hubwatch.Output;

/// <summary>
/// The folder operations behind <see cref="StagedSite"/>: the staging folder is swapped in only when
/// every file is written. On Linux the swap is one atomic <c>renameat2(RENAME_EXCHANGE)</c>, so even a
/// build killed at the last moment leaves the previous site whole; elsewhere it is two renames.
/// </summary>
public static class SiteWriter
{
    /// <summary>
    /// Slows every file write by this many milliseconds. Used only by the test that kills a build
    /// half-way through writing; unset in normal use.
    /// </summary>
    public const string WriteDelayVariable = "HUBWATCH_WRITE_DELAY_MS";

    /// <summary>After the swap the staging path holds the previous site (or nothing), which is then deleted.</summary>
    internal static void Swap(string staging, string target)
    {
        if (!Directory.Exists(target))
        {
            Directory.Move(staging, target);
            Directory.CreateDirectory(staging);
            return;
        }

        if (OperatingSystem.IsLinux() && RenameExchange(staging, target))
        {
            return;
        }

        var retired = staging + "-old";
        Directory.Move(target, retired);
        Directory.Move(staging, target);
        Directory.Move(retired, staging);
    }

    /// <summary>
    /// Staging folders of builds that were killed before their swap are removed by the next build: only folders
    /// named as this build names them and holding the marker a build writes first, never anything else.
    /// </summary>
    internal static void RemoveLeftovers(string parent, string name)
    {
        foreach (var leftover in Directory.EnumerateDirectories(parent, $".{name}-new-*"))
        {
            var suffix = Path.GetFileName(leftover)[$".{name}-new-".Length..];
            var isOurs = suffix.Replace("-old", "", StringComparison.Ordinal).All(char.IsAsciiDigit)
                && new DirectoryInfo(leftover).LinkTarget is null && OutputGuard.IsMarked(leftover);
            if (isOurs)
            {
                Directory.Delete(leftover, recursive: true);
            }
        }
    }

    private static bool RenameExchange(string a, string b)
    {
        const int AtCurrentDirectory = -100;
        const uint Exchange = 2;
        try
        {
            return Renameat2(AtCurrentDirectory, a, AtCurrentDirectory, b, Exchange) == 0;
        }
        catch (EntryPointNotFoundException)
        {
            return false;
        }
    }

    [DllImport("libc", EntryPoint = "renameat2", SetLastError = true)]
    private static extern int Renameat2(
        int oldDirectory,
        [MarshalAs(UnmanagedType.LPUTF8Str)] string oldPath,
        int newDirectory,
        [MarshalAs(UnmanagedType.LPUTF8Str)] string newPath,
        uint flags);
}
