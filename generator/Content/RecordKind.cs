namespace Hubwatch.Content;

/// <summary>The kinds of record a page or citation can belong to.</summary>
public enum RecordKind
{
    Hub,
    Program,
    Partner,
    Agreement,
    Funding,
    Source,
    Page,
}
