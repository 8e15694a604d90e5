namespace Hubwatch.Model.Views;

/// <summary>One column of a data file, as the data page documents it.</summary>
public sealed record DataColumnView(string Header, string Description);
