namespace Hubwatch.Content;

/// <summary>Walks over every citation a content set makes, in a stable order.</summary>
public static class ContentSetExtensions
{
    public static IEnumerable<CitedFact> AllCitations(this ContentSet content)
    {
        foreach (var hub in content.Hubs)
        {
            foreach (var c in hub.Sources.Concat(hub.KeyFigures.SelectMany(k => k.Sources)))
            {
                yield return new CitedFact(c, RecordKind.Hub, hub.Id);
            }
        }

        foreach (var program in content.Programs)
        {
            foreach (var c in program.Sources)
            {
                yield return new CitedFact(c, RecordKind.Program, program.Id);
            }
        }

        foreach (var partner in content.Partners)
        {
            foreach (var c in partner.Sources)
            {
                yield return new CitedFact(c, RecordKind.Partner, partner.Id);
            }
        }

        foreach (var agreement in content.Agreements)
        {
            foreach (var c in agreement.Sources.Concat(agreement.Parties.SelectMany(p => p.Sources)))
            {
                yield return new CitedFact(c, RecordKind.Agreement, agreement.Id);
            }
        }

        foreach (var funding in content.Funding)
        {
            foreach (var c in funding.Sources)
            {
                yield return new CitedFact(c, RecordKind.Funding, funding.Id);
            }
        }
    }
}
