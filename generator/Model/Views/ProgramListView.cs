namespace Hubwatch.Model.Views;

/// <summary>The list of programs.</summary>
public sealed record ProgramListView(IReadOnlyList<ProgramItemView> Programs);
