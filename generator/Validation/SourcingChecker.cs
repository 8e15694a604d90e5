using System.Collections.Immutable;
using Hubwatch.Content;
using Hubwatch.Diagnostics;

namespace Hubwatch.Validation;

/// <summary>No fact without a citation: records, key figures and undertakings cite a seed or say they are editorial.</summary>
public static class SourcingChecker
{
    private const string Hint = "add sources: [{ seed: …, quote: \"…\" }] quoting the seed, or mark it editorial: true";

    public static void Check(ContentSet content, DiagnosticBag bag)
    {
        foreach (var hub in content.Hubs)
        {
            Require(hub.Sources, false, hub.Where, $"hub '{hub.Id}'", bag);
            foreach (var figure in hub.KeyFigures)
            {
                Require(figure.Sources, figure.IsEditorial, figure.Where, $"key figure '{figure.Label.En}'", bag);
                if (figure.IsEditorial && figure.Sources.IsEmpty)
                {
                    bag.Warning(figure.Where, $"key figure '{figure.Label.En}' is editorial and cites no source", "key figures are read as facts; cite the seed that states it if there is one");
                }
            }
        }

        foreach (var program in content.Programs)
        {
            Require(program.Sources, program.IsEditorial, program.Where, $"program '{program.Id}'", bag);
        }

        foreach (var partner in content.Partners)
        {
            Require(partner.Sources, partner.IsEditorial, partner.Where, $"partner '{partner.Id}'", bag);
        }

        foreach (var agreement in content.Agreements)
        {
            Require(agreement.Sources, false, agreement.Where, $"agreement '{agreement.Id}'", bag);
            foreach (var party in agreement.Parties.Where(p => p.Undertakes is not null))
            {
                Require(party.Sources, party.IsEditorial, party.Where, $"what '{party.Partner.Id}' undertakes", bag);
            }
        }

        foreach (var funding in content.Funding)
        {
            Require(funding.Sources, false, funding.Where, $"funding '{funding.Id}'", bag);
        }
    }

    private static void Require(ImmutableArray<Citation> sources, bool isEditorial, SourceLocation where, string what, DiagnosticBag bag)
    {
        if (sources.IsEmpty && !isEditorial)
        {
            bag.Error(where, $"{what} cites no source", Hint);
        }
    }
}
