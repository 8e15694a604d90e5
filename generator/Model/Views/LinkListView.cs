namespace Hubwatch.Model.Views;

/// <summary>One page of a list of links to records (the organisations a hub is linked to), with the links to the other pages and back.</summary>
public sealed record LinkListView(string Lead, IReadOnlyList<LinkView> Items, PagerView? Pager, LinkView Back);
