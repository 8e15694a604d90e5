using System.Text.RegularExpressions;
using Hubwatch.Content;
using Hubwatch.Diagnostics;

namespace Hubwatch.Validation;

/// <summary>Ids become URLs and file names: they must be slugs, unique within their kind, and safe on every OS.</summary>
public static partial class IdChecker
{
    [GeneratedRegex("^[a-z0-9]+(?:[_-][a-z0-9]+)*$")]
    private static partial Regex SeedId();

    public static bool IsSlug(string id) => Slug.IsValid(id);

    // What a kind gives depends on its records only, so it is kept per record array (see PerArray).
    private static readonly PerArray<Hub, Diagnostic[]> Hubs = new(r => [.. DiagnosticBag.Collect(bag => CheckKind("hub", r.Select(h => (h.Id, h.Where)), bag))]);
    private static readonly PerArray<HubProgram, Diagnostic[]> Programs = new(r => [.. DiagnosticBag.Collect(bag => CheckKind("program", r.Select(p => (p.Id, p.Where)), bag))]);
    private static readonly PerArray<Partner, Diagnostic[]> Partners = new(r => [.. DiagnosticBag.Collect(bag => CheckKind("partner", r.Select(p => (p.Id, p.Where)), bag))]);
    private static readonly PerArray<Agreement, Diagnostic[]> Agreements = new(r => [.. DiagnosticBag.Collect(bag => CheckKind("agreement", r.Select(a => (a.Id, a.Where)), bag))]);
    private static readonly PerArray<Funding, Diagnostic[]> Funding = new(r => [.. DiagnosticBag.Collect(bag => CheckKind("funding", r.Select(f => (f.Id, f.Where)), bag))]);

    public static void Check(ContentSet content, DiagnosticBag bag)
    {
        bag.AddRange(Hubs.Of(content.Hubs));
        bag.AddRange(Programs.Of(content.Programs));
        bag.AddRange(Partners.Of(content.Partners));
        bag.AddRange(Agreements.Of(content.Agreements));
        bag.AddRange(Funding.Of(content.Funding));
        foreach (var seed in content.Seeds.Where(s => !SeedId().IsMatch(s.Id)))
        {
            bag.Error(seed.Where, $"seed id '{seed.Id}' may only use a-z, 0-9, '_' and '-'");
        }

        foreach (var page in content.Pages.Where(p => !IsSlug(p.Id)))
        {
            bag.Error(page.Where, $"page id '{page.Id}' is not a slug", "use lower-case ASCII letters, digits and single hyphens");
        }
    }

    private static void CheckKind(string kind, IEnumerable<(string Id, SourceLocation Where)> records, DiagnosticBag bag)
    {
        var seen = new Dictionary<string, SourceLocation>(StringComparer.Ordinal);
        foreach (var (id, where) in InPathOrder([.. records]))
        {
            if (!IsSlug(id))
            {
                var why = Slug.IsDeviceName(id) ? "is a reserved device name on Windows" : id.Length > Slug.MaxLength ? $"is longer than {Slug.MaxLength} characters" : "is not a slug";
                bag.Error(where, $"{kind} id '{id}' {why}", "use lower-case ASCII letters, digits and single hyphens, e.g. 'jeonju-financial-centre'");
            }

            if (!seen.TryAdd(id, where))
            {
                bag.Error(where, $"duplicate {kind} id '{id}'", $"first defined at {seen[id]}");
            }
        }
    }

    /// <summary>The records sorted by file path, keeping their order among equal paths (as OrderBy does).</summary>
    private static IEnumerable<(string Id, SourceLocation Where)> InPathOrder((string Id, SourceLocation Where)[] records)
    {
        for (var i = 1; i < records.Length; i++)
        {
            if (string.CompareOrdinal(records[i - 1].Where.Path, records[i].Where.Path) > 0)
            {
                return records.OrderBy(r => r.Where.Path, StringComparer.Ordinal);
            }
        }

        // Records are loaded in file order, so this is the usual case.
        return records;
    }
}
