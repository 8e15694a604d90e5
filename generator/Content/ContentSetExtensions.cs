namespace Hubwatch.Content;

/// <summary>Walks over every citation a content set makes, in a stable order.</summary>
public static class ContentSetExtensions
{
    public static IEnumerable<CitedFact> AllCitations(this ContentSet content)
    {
        foreach (var hub in content.Hubs)
        {
            foreach (var fact in CitationsOf(hub))
            {
                yield return fact;
            }
        }

        foreach (var program in content.Programs)
        {
            foreach (var fact in CitationsOf(program))
            {
                yield return fact;
            }
        }

        foreach (var partner in content.Partners)
        {
            foreach (var fact in CitationsOf(partner))
            {
                yield return fact;
            }
        }

        foreach (var agreement in content.Agreements)
        {
            foreach (var fact in CitationsOf(agreement))
            {
                yield return fact;
            }
        }

        foreach (var funding in content.Funding)
        {
            foreach (var fact in CitationsOf(funding))
            {
                yield return fact;
            }
        }
    }

    /// <summary>A hub's citations: its own, then its key figures'.</summary>
    public static CitedFact[] CitationsOf(Hub hub) =>
        [.. hub.Sources.Concat(hub.KeyFigures.SelectMany(k => k.Sources)).Select(c => new CitedFact(c, RecordKind.Hub, hub.Id))];

    public static CitedFact[] CitationsOf(HubProgram program) =>
        [.. program.Sources.Select(c => new CitedFact(c, RecordKind.Program, program.Id))];

    public static CitedFact[] CitationsOf(Partner partner) =>
        [.. partner.Sources.Select(c => new CitedFact(c, RecordKind.Partner, partner.Id))];

    /// <summary>An agreement's citations: its own, then its parties'.</summary>
    public static CitedFact[] CitationsOf(Agreement agreement) =>
        [.. agreement.Sources.Concat(agreement.Parties.SelectMany(p => p.Sources)).Select(c => new CitedFact(c, RecordKind.Agreement, agreement.Id))];

    public static CitedFact[] CitationsOf(Funding funding) =>
        [.. funding.Sources.Select(c => new CitedFact(c, RecordKind.Funding, funding.Id))];
}
