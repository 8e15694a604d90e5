namespace Hubwatch.Model.Views;

/// <summary>A free page (about, method).</summary>
public sealed record TextPageView(MarkdownText Body);
