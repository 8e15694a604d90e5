namespace Hubwatch.Bench.Corpus;

/// <summary>The whole generated corpus, in the order files are written.</summary>
public sealed record Corpus(
    int Seed,
    int Size,
    IReadOnlyList<HubRecord> Hubs,
    IReadOnlyList<ProgramRecord> Programs,
    IReadOnlyList<PartnerRecord> Partners,
    IReadOnlyList<AgreementRecord> Agreements,
    IReadOnlyList<FundingRecord> Funding,
    IReadOnlyList<SeedDoc> Seeds);
