namespace Hubwatch.Model.Search;

/// <summary>
/// The search index of one language edition, whole, as the generator builds it; <see cref="SearchSplit"/> cuts it
/// into the files <c>templates/assets/search.js</c> fetches. <see cref="Terms"/> maps each term (see <see cref="SearchText"/>) to its
/// postings, one integer per document: <c>document &lt;&lt; 3 | fields</c>, where the field bits are
/// <see cref="TitleField"/>, <see cref="NamesField"/> and <see cref="TextField"/>.
/// </summary>
public sealed record SearchIndex(string Language, IReadOnlyList<SearchKind> Kinds, IReadOnlyList<SearchDocument> Docs, IReadOnlyDictionary<string, int[]> Terms)
{
    public const int TitleField = 1;
    public const int NamesField = 2;
    public const int TextField = 4;

    /// <summary>Bits of the fields that count as a title match.</summary>
    public const int TitleFields = TitleField | NamesField;

    /// <summary>How many bits of a posting hold the fields.</summary>
    public const int FieldBits = 3;
}
