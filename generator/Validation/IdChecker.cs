using System.Collections.Immutable;
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

    /// <summary>
    /// The names the site's own lists take beside a kind's record pages (<c>/funding/all/</c>, <c>/partners/by-name/</c>,
    /// <c>…/page/2/</c>): a record with one of them as its id would be written over a list, or the list over it.
    /// </summary>
    public static IReadOnlySet<string> Reserved(string kind) => kind switch
    {
        "funding" => new HashSet<string>(["page", "all", "hub", "funder-kind", "status", "year"], StringComparer.Ordinal),
        "partner" => new HashSet<string>(["page", "by-name"], StringComparer.Ordinal),
        _ => new HashSet<string>(["page"], StringComparer.Ordinal),
    };

    public static ImmutableArray<Diagnostic> Check(ImmutableArray<Hub> hubs) => CheckKind("hub", hubs.Select(h => (h.Id.Value, h.Where)));

    public static ImmutableArray<Diagnostic> Check(ImmutableArray<HubProgram> programs) => CheckKind("program", programs.Select(p => (p.Id.Value, p.Where)));

    public static ImmutableArray<Diagnostic> Check(ImmutableArray<Partner> partners) => CheckKind("partner", partners.Select(p => (p.Id.Value, p.Where)));

    public static ImmutableArray<Diagnostic> Check(ImmutableArray<Agreement> agreements) => CheckKind("agreement", agreements.Select(a => (a.Id.Value, a.Where)));

    public static ImmutableArray<Diagnostic> Check(ImmutableArray<Funding> figures) => CheckKind("funding", figures.Select(f => (f.Id.Value, f.Where)));

    /// <summary>Seed ids (file names) and page ids.</summary>
    public static ImmutableArray<Diagnostic> Check(ImmutableArray<Seed> seeds, ImmutableArray<TextPage> pages) => DiagnosticBag.Collect(bag =>
    {
        foreach (var seed in seeds.Where(s => !SeedId().IsMatch(s.Id)))
        {
            bag.Error(seed.Where, $"seed id '{seed.Id}' may only use a-z, 0-9, '_' and '-'");
        }

        var reserved = Reserved("seed");
        foreach (var seed in seeds.Where(s => reserved.Contains(s.Id)))
        {
            bag.Error(seed.Where, $"seed id '{seed.Id}' is the name of one of the site's lists, whose page would be written where this source's page is", "rename the file");
        }

        foreach (var page in pages.Where(p => !IsSlug(p.Id)))
        {
            bag.Error(page.Where, $"page id '{page.Id}' is not a slug", "use lower-case ASCII letters, digits and single hyphens");
        }
    });

    private static ImmutableArray<Diagnostic> CheckKind(string kind, IEnumerable<(string Id, SourceLocation Where)> records) => DiagnosticBag.Collect(bag =>
    {
        var seen = new Dictionary<string, SourceLocation>(StringComparer.Ordinal);
        var reserved = Reserved(kind);
        foreach (var (id, where) in InPathOrder([.. records]))
        {
            if (!IsSlug(id))
            {
                var why = Slug.IsDeviceName(id) ? "is a reserved device name on Windows" : id.Length > Slug.MaxLength ? $"is longer than {Slug.MaxLength} characters" : "is not a slug";
                bag.Error(where, $"{kind} id '{id}' {why}", "use lower-case ASCII letters, digits and single hyphens, e.g. 'jeonju-financial-centre'");
            }

            if (reserved.Contains(id))
            {
                bag.Error(where, $"{kind} id '{id}' is the name of one of the site's lists, whose page would be written where this {kind}'s page is", $"choose another id; these are taken: {string.Join(", ", reserved.Order(StringComparer.Ordinal))}");
            }

            if (!seen.TryAdd(id, where))
            {
                bag.Error(where, $"duplicate {kind} id '{id}'", $"first defined at {seen[id]}");
            }
        }
    });

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
