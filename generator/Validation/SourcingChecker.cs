using System.Collections.Immutable;
using Hubwatch.Content;
using Hubwatch.Diagnostics;

namespace Hubwatch.Validation;

/// <summary>No fact without a citation: records, key figures and undertakings cite a seed or say they are editorial.</summary>
public static class SourcingChecker
{
    private const string Hint = "add sources: [{ seed: …, quote: \"…\" }] quoting the seed, or mark it editorial: true";

    public static ImmutableArray<Diagnostic> Check(ImmutableArray<Hub> hubs) => DiagnosticBag.Collect(bag =>
    {
        foreach (var hub in hubs)
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
    });

    public static ImmutableArray<Diagnostic> Check(ImmutableArray<HubProgram> programs) => DiagnosticBag.Collect(bag =>
    {
        foreach (var program in programs)
        {
            Require(program.Sources, program.IsEditorial, program.Where, $"program '{program.Id}'", bag);
        }
    });

    public static ImmutableArray<Diagnostic> Check(ImmutableArray<Partner> partners) => DiagnosticBag.Collect(bag =>
    {
        foreach (var partner in partners)
        {
            Require(partner.Sources, partner.IsEditorial, partner.Where, $"partner '{partner.Id}'", bag);
        }
    });

    public static ImmutableArray<Diagnostic> Check(ImmutableArray<Agreement> agreements) => DiagnosticBag.Collect(bag =>
    {
        foreach (var agreement in agreements)
        {
            Require(agreement.Sources, false, agreement.Where, $"agreement '{agreement.Id}'", bag);
            foreach (var party in agreement.Parties.Where(p => p.Undertakes is not null))
            {
                Require(party.Sources, party.IsEditorial, party.Where, $"what '{party.Partner.Id}' undertakes", bag);
            }
        }
    });

    public static ImmutableArray<Diagnostic> Check(ImmutableArray<Funding> figures) => DiagnosticBag.Collect(bag =>
    {
        foreach (var funding in figures)
        {
            Require(funding.Sources, false, funding.Where, $"funding '{funding.Id}'", bag);
        }
    });

    private static void Require(ImmutableArray<Citation> sources, bool isEditorial, SourceLocation where, string what, DiagnosticBag bag)
    {
        if (sources.IsEmpty && !isEditorial)
        {
            bag.Error(where, $"{what} cites no source", Hint);
        }
    }
}
