using System.Collections.Immutable;
using Hubwatch.Content;
using Hubwatch.Diagnostics;

namespace Hubwatch.Validation;

/// <summary>No fact without a citation: records, key figures and undertakings cite a seed or say they are editorial.</summary>
public static class SourcingChecker
{
    private const string Hint = "add sources: [{ seed: …, quote: \"…\" }] quoting the seed, or mark it editorial: true";

    // What a kind gives depends on its records only, so it is kept per record array (see PerArray).
    private static readonly PerArray<Hub, Diagnostic[]> Hubs = new(r => [.. DiagnosticBag.Collect(bag => CheckHubs(r, bag))]);
    private static readonly PerArray<HubProgram, Diagnostic[]> Programs = new(r => [.. DiagnosticBag.Collect(bag =>
    {
        foreach (var program in r)
        {
            Require(program.Sources, program.IsEditorial, program.Where, $"program '{program.Id}'", bag);
        }
    })]);

    private static readonly PerArray<Partner, Diagnostic[]> Partners = new(r => [.. DiagnosticBag.Collect(bag =>
    {
        foreach (var partner in r)
        {
            Require(partner.Sources, partner.IsEditorial, partner.Where, $"partner '{partner.Id}'", bag);
        }
    })]);

    private static readonly PerArray<Agreement, Diagnostic[]> Agreements = new(r => [.. DiagnosticBag.Collect(bag =>
    {
        foreach (var agreement in r)
        {
            Require(agreement.Sources, false, agreement.Where, $"agreement '{agreement.Id}'", bag);
            foreach (var party in agreement.Parties.Where(p => p.Undertakes is not null))
            {
                Require(party.Sources, party.IsEditorial, party.Where, $"what '{party.Partner.Id}' undertakes", bag);
            }
        }
    })]);

    private static readonly PerArray<Funding, Diagnostic[]> Funding = new(r => [.. DiagnosticBag.Collect(bag =>
    {
        foreach (var funding in r)
        {
            Require(funding.Sources, false, funding.Where, $"funding '{funding.Id}'", bag);
        }
    })]);

    public static void Check(ContentSet content, DiagnosticBag bag)
    {
        bag.AddRange(Hubs.Of(content.Hubs));
        bag.AddRange(Programs.Of(content.Programs));
        bag.AddRange(Partners.Of(content.Partners));
        bag.AddRange(Agreements.Of(content.Agreements));
        bag.AddRange(Funding.Of(content.Funding));
    }

    private static void CheckHubs(ImmutableArray<Hub> hubs, DiagnosticBag bag)
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
    }

    private static void Require(ImmutableArray<Citation> sources, bool isEditorial, SourceLocation where, string what, DiagnosticBag bag)
    {
        if (sources.IsEmpty && !isEditorial)
        {
            bag.Error(where, $"{what} cites no source", Hint);
        }
    }
}
