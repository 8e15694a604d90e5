namespace Hubwatch.Model.Views;

/// <summary>An entry of the main navigation; the current section is marked for screen readers and styling.</summary>
public sealed record NavItemView(string Url, string Text, bool IsCurrent);
