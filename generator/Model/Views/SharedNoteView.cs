namespace Hubwatch.Model.Views;

/// <summary>A figure a total includes that is shared: its row, its amount, and with whom ("shared with Changwon").</summary>
public sealed record SharedNoteView(LinkView Figure, MoneyView Amount, string With);
