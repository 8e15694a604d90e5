namespace Hubwatch.Model.Views;

/// <summary>One agreement's or event's own page: the agreement as the timeline shows it, with its parties in full.</summary>
public sealed record AgreementRecordView(AgreementView Agreement);
