namespace Hubwatch.Model.Views;

/// <summary>A hub's key figure with its citations.</summary>
public sealed record KeyFigureView(string Label, string Value, bool IsEditorial, IReadOnlyList<CiteView> Cites);
