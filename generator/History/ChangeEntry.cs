namespace Hubwatch.History;

/// <summary>One revision of one record, as listed on the changes page and in its feed.</summary>
public sealed record ChangeEntry(string Key, Revision Revision);
