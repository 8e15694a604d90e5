using System.Collections.Concurrent;
using System.Security.Cryptography;
using System.Text;

namespace Hubwatch.Fuzz;

/// <summary>Keeps inputs that produce a new kind of result, and every input that throws.</summary>
public sealed class Corpus(string corpusDir, string crashDir)
{
    private readonly ConcurrentDictionary<string, bool> _seen = new(StringComparer.Ordinal);

    public int Kept { get; private set; }

    public int Crashes { get; private set; }

    /// <summary>Runs one input; the property holds unless it throws.</summary>
    public bool Try(string target, string input, Func<string> run)
    {
        try
        {
            var outcome = run();
            if (_seen.TryAdd(target + "\u0001" + outcome, true))
            {
                Save(corpusDir, target, input);
                Kept++;
            }

            return true;
        }
        catch (Exception e)
        {
            Save(crashDir, target, input + "\n\n--- " + e);
            Crashes++;
            return true; // Recorded; keep fuzzing rather than stop at the first find.
        }
    }

    private static void Save(string dir, string target, string input)
    {
        var folder = Path.Combine(dir, target);
        Directory.CreateDirectory(folder);
        var name = Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(input)))[..16].ToLowerInvariant();
        File.WriteAllText(Path.Combine(folder, name + ".txt"), input);
    }
}
