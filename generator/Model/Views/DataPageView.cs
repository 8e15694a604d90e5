namespace Hubwatch.Model.Views;

/// <summary>The open-data page: the CSV tables with their columns, the JSON files with their schemas, the feeds, the licence and the sources.</summary>
public sealed record DataPageView(
    IReadOnlyList<DataFileView> Tables,
    DataFileView Json,
    DataFileView Schema,
    IReadOnlyList<FeedView> Feeds,
    LinkView Sources,
    int SourceCount,
    string Licence);

/// <summary>The feed of one edition, named in that edition's language (<see cref="Lang"/>), on both editions' data page.</summary>
public sealed record FeedView(string Url, string Text, string Lang);
