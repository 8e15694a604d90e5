namespace Hubwatch.Model.Search;

/// <summary>
/// The keys of the split index and how their postings are written. A key is a term (see <see cref="SearchText"/>),
/// <see cref="SyllablePrefix"/> and a Hangul syllable (every document with a term holding that syllable, for queries of
/// one syllable), or <see cref="PlacePrefix"/> and a place name (the hubs of that region or province). Neither
/// prefix is a letter or digit, so no term starts with one. Postings are in document order, each
/// <c>(document - previous document) &lt;&lt; 3 | fields</c>, so that a common term's list is short numbers.
/// <c>templates/assets/search.js</c> reads them the same way; the prefixes are written into it (<see cref="SearchScript"/>).
/// </summary>
public static class SearchPostings
{
    public const string SyllablePrefix = "~";
    public const string PlacePrefix = "@";

    public static string SyllableKey(char syllable) => SyllablePrefix + syllable;

    public static string PlaceKey(string place) => PlacePrefix + place;

    /// <summary>Postings of (document, fields) pairs in document order, written as differences.</summary>
    public static int[] Encode(IEnumerable<(int Doc, int Fields)> postings)
    {
        var encoded = new List<int>();
        var previous = 0;
        foreach (var (doc, fields) in postings)
        {
            encoded.Add((doc - previous) << SearchIndex.FieldBits | fields);
            previous = doc;
        }

        return [.. encoded];
    }

    public static IEnumerable<(int Doc, int Fields)> Decode(int[] postings)
    {
        var doc = 0;
        foreach (var posting in postings)
        {
            doc += posting >> SearchIndex.FieldBits;
            yield return (doc, posting & ((1 << SearchIndex.FieldBits) - 1));
        }
    }
}
