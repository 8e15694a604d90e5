using System.Collections.Frozen;
using System.Globalization;

namespace Hubwatch.Content;

/// <summary>Interface text of both languages, from <c>templates/i18n/&lt;lang&gt;.yaml</c>, keyed by dotted path.</summary>
public sealed class Strings(FrozenDictionary<string, string> ko, FrozenDictionary<string, string> en)
{
    public FrozenDictionary<string, string> For(Language language) => language == Language.Ko ? ko : en;

    /// <summary>A string by key; a missing key is a bug in the generator's use of keys, since both files are checked at load.</summary>
    public string Get(Language language, string key) =>
        For(language).TryGetValue(key, out var text) ? text : throw new KeyNotFoundException($"interface text '{key}' is missing for {language.Code()}");

    /// <summary>The wording for a count of <paramref name="n"/>: the key's <c>_one</c> form when there is one and n is 1 ("1 other"), else the key's own.</summary>
    public string ForCount(Language language, string key, long n) =>
        n == 1 && For(language).TryGetValue(key + "_one", out var one) ? one : Get(language, key);

    /// <summary>The wording for a count of <paramref name="n"/> with the count put in, grouped by thousands: "Sum of 1 figure", "Sum of 6,000 figures".</summary>
    public string Count(Language language, string key, long n) =>
        string.Format(CultureInfo.InvariantCulture, ForCount(language, key, n), n.ToString("N0", CultureInfo.InvariantCulture));
}
