using System.Collections.Immutable;
using Hubwatch.Content;
using Hubwatch.Diagnostics;

namespace Hubwatch.Validation;

/// <summary>
/// Warns about organisations a source names that the content knows nothing of: a name no partner is
/// called by, in a passage no record cites. Either the editors have not got to that passage yet, or
/// the partner exists under another spelling and needs the alias.
/// </summary>
public static class SeedMentionChecker
{
    public static ImmutableArray<Diagnostic> Check(ContentIndex index) => Check(index, MentionsIn);

    /// <param name="mentionsIn">The organisations a seed names (<see cref="MentionsIn"/>).</param>
    public static ImmutableArray<Diagnostic> Check(ContentIndex index, Func<Seed, Mention[]> mentionsIn) => DiagnosticBag.Collect(bag =>
    {
        Func<string, string>? hint = null;
        foreach (var seed in index.Content.Seeds)
        {
            List<Mention>? unknown = null;
            foreach (var mention in mentionsIn(seed))
            {
                if (!Array.Exists(mention.Keys, index.PartnerNames.ContainsKey))
                {
                    (unknown ??= []).Add(mention);
                }
            }

            if (unknown is null)
            {
                continue;
            }

            var spans = CitedSpans(index, seed.Id);
            foreach (var mention in unknown.GroupBy(m => m.Names[0], StringComparer.Ordinal))
            {
                // A name inside a cited passage has been read by an editor who chose not to make it a partner.
                if (mention.Any(m => spans.Exists(s => m.Offset >= s.Start && m.Offset < s.End)))
                {
                    continue;
                }

                hint ??= Hints(index);
                var first = mention.First();
                bag.Warning(SourceLocation.InText(TextPath(seed), seed.Text, first.Offset), $"the source names '{mention.Key}', which is no partner's name or alias", hint(mention.Key));
            }
        }
    });

    /// <summary>The organisations a seed names, with the alias keys of their names.</summary>
    public static Mention[] MentionsIn(Seed seed) =>
        [.. OrganisationNames.Find(seed.Text).Select(m => new Mention(m.Names, [.. m.Names.Select(ContentIndex.AliasKey)], m.Offset))];

    /// <summary>Where the citations of a seed id fall in its text.</summary>
    private static List<(int Start, int End)> CitedSpans(ContentIndex index, Id<Seed> seedId)
    {
        var spans = new List<(int Start, int End)>();
        if (index.CitationsBySeed.TryGetValue(seedId, out var facts) && index.SeedTexts.TryGetValue(seedId, out var text))
        {
            foreach (var fact in facts)
            {
                if (text.Find(fact.Citation.Quote) is { } span)
                {
                    spans.Add(span);
                }
            }
        }

        return spans;
    }

    /// <summary>An organisation a seed names, under each of its names, at an offset in the seed's text.</summary>
    public sealed record Mention(IReadOnlyList<string> Names, string[] Keys, int Offset);

    /// <summary>The hint for an unknown name; the partners' names are gathered once, for every name asked about.</summary>
    private static Func<string, string> Hints(ContentIndex index)
    {
        var names = index.Content.Partners
            .SelectMany(p => p.Aliases.Append(p.Name.Ko).Select(n => (Name: n, p.Id)))
            .ToLookup(x => x.Name, x => x.Id.Value, StringComparer.Ordinal);
        return name => Hint(name, names);
    }

    private static string Hint(string name, ILookup<string, string> names)
    {
        // Only names that start alike: organisation names share their endings (대학교, 공단), which says nothing.
        var closest = Suggest.Closest(name, names.Select(g => g.Key).Where(n => n[0] == name[0]))
            .SelectMany(n => names[n].Select(id => $"'{id}' ({n})"))
            .Distinct(StringComparer.Ordinal)
            .ToArray();
        var add = "add a partner file for it (the command new partner <id> writes one)";
        return closest.Length == 0
            ? $"if it takes part in a hub, {add}; if it is a partner under another name, add '{name}' to that partner's aliases"
            : $"if it is the partner {string.Join(" or ", closest)}, add '{name}' to its aliases; if it is another organisation that takes part in a hub, {add}";
    }

    /// <summary>The seed's text file as diagnostics show it: its metadata path with .txt for .yaml.</summary>
    private static string TextPath(Seed seed) => Path.ChangeExtension(seed.Where.Path, ".txt");
}
