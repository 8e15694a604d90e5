using System.Collections.Immutable;
using Hubwatch.Content;
using Hubwatch.Diagnostics;

namespace Hubwatch.Validation;

/// <summary>
/// Warns about a funding figure whose quotes do not name its funder or one of its hubs, or whose kind of funder is
/// not the one its funder is (a ministry's money given as private), when no inference of the figure says that the
/// editors read it so (<c>reads: [funder]</c>, <c>reads: [hub]</c>, <c>reads: [funder-kind]</c>). Totals say how much
/// of them rests on such readings; a reading that is not marked would be counted as stated by the sources.
/// </summary>
/// <remarks>
/// A funder is named when a quote holds one of its names (Korean, English or an alias) or the quote's source was
/// published by it (<c>시비</c> in the city's own plan); a hub when a quote holds its name, a part of a name joined
/// with <c>·</c>, or its region, or the source's publisher holds its region (<c>전주시</c> for Jeonju). The check errs
/// on the side of silence: a name anywhere in a quote counts, whatever the sentence says of it.
/// </remarks>
public static class ReadingChecker
{
    public static ImmutableArray<Diagnostic> Check(ContentIndex index) =>
        [.. index.Content.Funding.SelectMany(funding => Check(funding, index))];

    /// <summary>One figure against its own quotes (each on its own, so a rebuild can keep what it gave).</summary>
    public static ImmutableArray<Diagnostic> Check(Funding funding, ContentIndex index) => DiagnosticBag.Collect(bag =>
    {
        var reads = funding.Inferences.SelectMany(i => i.Reads).ToHashSet();
        var quotes = funding.Sources;
        if (quotes.IsEmpty)
        {
            return;
        }

        if (!reads.Contains(FundingReading.Funder))
        {
            foreach (var funder in funding.Funders)
            {
                if (index.Partner(funder.Id) is { } partner && !Named(quotes, NamesOf(partner), [partner.Name.Ko, partner.Name.En], index))
                {
                    bag.Warning(
                        funder.Where,
                        $"funding '{funding.Id}': no quote it cites names its funder '{partner.Id}' ({partner.Name.Ko})",
                        "cite the passage that names it, or say in an inference with reads: [funder] how the editors read it");
                }
            }
        }

        if (!reads.Contains(FundingReading.FunderKind)
            && funding.Funder is { } first
            && index.Partner(first.Id) is { } payer
            && KindsOf(payer.Type) is { Length: > 0 } kinds
            && !kinds.Contains(funding.FunderKind)
            && funding.CoFunders.All(c => index.Partner(c.Id) is { } other && KindsOf(other.Type).SequenceEqual(kinds)))
        {
            var expected = string.Join(" or ", kinds.Select(k => $"'{k.Code()}'"));
            bag.Warning(
                first.Where,
                $"funding '{funding.Id}': funder_kind is '{funding.FunderKind.Code()}', but its funder '{payer.Id}' is a {payer.Type.Code()}, whose money is {expected}",
                $"write funder_kind: {kinds[0].Code()}, or say in an inference with reads: [funder-kind] why the editors read it otherwise");
        }

        if (!reads.Contains(FundingReading.Hub))
        {
            foreach (var reference in funding.Hubs)
            {
                if (index.Hubs.TryGetValue(reference.Id, out var hub) && !Named(quotes, NamesOf(hub), [hub.Region.Ko, hub.Region.En], index))
                {
                    bag.Warning(
                        reference.Where,
                        $"funding '{funding.Id}': no quote it cites names its hub '{hub.Id}' ({hub.Name.Ko})",
                        "cite the passage that names it, or say in an inference with reads: [hub] how the editors read it");
                }
            }
        }
    });

    /// <summary>Whether a quote holds one of <paramref name="names"/>, or its source's publisher holds one of <paramref name="publisherNames"/>.</summary>
    private static bool Named(ImmutableArray<Citation> quotes, string[] names, string[] publisherNames, ContentIndex index) =>
        quotes.Any(q => names.Any(name => q.Quote.Contains(name, StringComparison.OrdinalIgnoreCase))
            || (index.Seeds.TryGetValue(q.Seed, out var seed)
                && publisherNames.Any(name => name.Length > 0
                    && (seed.Publisher.Ko.Contains(name, StringComparison.Ordinal) || seed.Publisher.En.Contains(name, StringComparison.OrdinalIgnoreCase)))));

    /// <summary>
    /// The kinds of money an organisation of <paramref name="type"/> gives, where its type decides them; empty where it
    /// does not (a public institution, a university). A metropolitan city is a provincial government whose own money
    /// sources call <c>시비</c>, so a provincial government's may be either.
    /// </summary>
    private static FunderKind[] KindsOf(PartnerType type) => type switch
    {
        PartnerType.Ministry or PartnerType.GovernmentCommittee => [FunderKind.National],
        PartnerType.ProvincialGovernment => [FunderKind.Provincial, FunderKind.Municipal],
        PartnerType.LocalGovernment or PartnerType.LocalCouncil => [FunderKind.Municipal],
        PartnerType.Company => [FunderKind.Private],
        PartnerType.ForeignCompany or PartnerType.ForeignGovernment => [FunderKind.Foreign],
        _ => [],
    };

    private static string[] NamesOf(Partner partner) =>
        [.. new[] { partner.Name.Ko, partner.Name.En }.Concat(partner.Aliases).Where(n => n.Length > 0)];

    private static string[] NamesOf(Hub hub) =>
        [.. new[] { hub.Name.Ko, hub.Name.En, hub.Region.Ko, hub.Region.En }.Concat(hub.Name.Ko.Split('·')).Where(n => n.Length > 1).Distinct(StringComparer.Ordinal)];
}
