namespace Hubwatch.Model.Views;

/// <summary>The open-data page: the CSV tables with their columns, the JSON files with their schemas, the feeds, the licence and the sources.</summary>
public sealed record DataPageView(
    IReadOnlyList<DataFileView> Tables,
    DataFileView Json,
    DataFileView Schema,
    IReadOnlyList<LinkView> Feeds,
    LinkView Sources,
    int SourceCount,
    string Licence);
