namespace Hubwatch.Model.Views;

/// <summary>A program in the program list.</summary>
public sealed record ProgramItemView(LinkView Link, string Scope, string Summary, IReadOnlyList<LinkView> Hubs);
