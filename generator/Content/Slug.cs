using System.Collections.Frozen;
using System.Text.RegularExpressions;

namespace Hubwatch.Content;

/// <summary>What an id may look like: it becomes a folder name and a URL on every operating system.</summary>
public static partial class Slug
{
    public const int MaxLength = 64;

    private static readonly FrozenSet<string> DeviceNames = FrozenSet.Create(StringComparer.OrdinalIgnoreCase,
    [
        "con", "prn", "aux", "nul",
        "com1", "com2", "com3", "com4", "com5", "com6", "com7", "com8", "com9",
        "lpt1", "lpt2", "lpt3", "lpt4", "lpt5", "lpt6", "lpt7", "lpt8", "lpt9",
    ]);

    [GeneratedRegex("^[a-z0-9]+(?:-[a-z0-9]+)*$")]
    private static partial Regex Shape();

    public static bool IsValid(string id) => id.Length <= MaxLength && Shape().IsMatch(id) && !IsDeviceName(id);

    public static bool IsDeviceName(string id) => DeviceNames.Contains(id);
}
