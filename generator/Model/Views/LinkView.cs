namespace Hubwatch.Model.Views;

/// <summary>A link as a template shows it.</summary>
public sealed record LinkView(string Url, string Text);
