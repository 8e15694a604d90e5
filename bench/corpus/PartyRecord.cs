namespace Hubwatch.Bench.Corpus;

/// <summary>A party to an agreement.</summary>
public sealed record PartyRecord(PartnerRecord Partner, string Reference, Text? Undertakes, List<Quote> Sources);
