using System.Text.RegularExpressions;
using Hubwatch.Tests.Support;

namespace Hubwatch.Tests.Cli;

public sealed class NewCommandTests
{
    /// <summary>What an editor would write into each empty field of a scaffold, for the small fixture site.</summary>
    private static readonly (string Empty, string Filled)[] Answers =
    [
        ("funder_kind: \"\"", "funder_kind: municipal"),
        ("status: \"\"", "status: planned"),
        ("type: \"\"", "type: bank"),
        ("scope: \"\"", "scope: municipal"),
        ("kind: \"\"", "kind: event"),
        ("date: \"\"", "date: 2024"),
        ("hub: \"\"", "hub: hanbit"),
        ("partner: \"\"", "partner: hanbit-city"),
        ("amount: \"\"", "amount: 5억원"),
        ("seed: \"\"", "seed: 100_fixture"),
        ("quote: \"\"", "quote: \"연도별로는 2024년 5억원\""),
    ];

    [Theory]
    [InlineData("hub", "hubs")]
    [InlineData("partner", "partners")]
    [InlineData("program", "programs")]
    [InlineData("agreement", "agreements")]
    [InlineData("funding", "funding")]
    public void New_writes_a_commented_file_that_check_rejects_until_it_is_filled_in(string kind, string folder)
    {
        using var project = TempProject.FromBase();
        var created = project.Run("new", kind, "hanbit-new");

        Assert.Equal(0, created.ExitCode);
        Assert.Equal($"Wrote content/{folder}/hanbit-new.yaml. Fill in its empty fields, then run 'hubwatch check'.\n", created.Stdout.ReplaceLineEndings("\n"));
        var path = Path.Combine(project.Content, folder, "hanbit-new.yaml");
        var text = File.ReadAllText(path);
        Assert.StartsWith($"# yaml-language-server: $schema=../../schemas/{kind}.schema.json\n", text);
        Assert.Contains("\nid: hanbit-new\n", text);

        // As written, every empty field is an error in the new file, and only there.
        var unfilled = project.Run("check", "--quiet");
        Assert.Equal(1, unfilled.ExitCode);
        var errors = unfilled.Stderr.Split('\n').Where(l => l.Contains(": error: ", StringComparison.Ordinal)).ToArray();
        Assert.NotEmpty(errors);
        Assert.All(errors, line => Assert.StartsWith($"content/{folder}/hanbit-new.yaml:", line));
        Assert.Contains(errors, line => line.EndsWith(" is empty", StringComparison.Ordinal));

        // Filled in, it loads and validates.
        foreach (var (empty, filled) in Answers)
        {
            text = text.Replace(empty, filled, StringComparison.Ordinal);
        }

        text = Regex.Replace(text, "(\\w+): \\{ ko: \"\", en: \"\" \\}", "$1: { ko: 한빛 $1, en: Hanbit $1 }");
        File.WriteAllText(path, text);
        var filledIn = project.Run("check", "--quiet");
        Assert.DoesNotContain(": error: ", filledIn.Stderr);
        Assert.Equal(0, filledIn.ExitCode);
    }

    [Theory]
    [InlineData("partner hanbit-city", "hubwatch: content/partners/hanbit-city.yaml already exists; choose another id, or edit that file")]
    [InlineData("hub Han_Bit", "hubwatch: 'Han_Bit' cannot be an id: use lower-case ASCII letters, digits and single hyphens, at most 64 characters")]
    [InlineData("hub con", "hubwatch: 'con' cannot be an id")]
    [InlineData("bank hanbit-bank", "hubwatch: cannot make a 'bank'; the kinds are hub, partner, program, agreement, funding")]
    [InlineData("partner", "hubwatch: new needs a kind and an id")]
    [InlineData("funding all", "hubwatch: 'all' is the name of one of the site's lists, whose page would be written where this funding's page is; choose another id (these are taken: all, funder-kind, hub, page, status, year)")]
    [InlineData("partner by-name", "hubwatch: 'by-name' is the name of one of the site's lists")]
    public void New_refuses_an_existing_or_invalid_id_with_exit_code_2(string arguments, string message)
    {
        using var project = TempProject.FromBase();
        var before = Directory.EnumerateFiles(project.Content, "*", SearchOption.AllDirectories).Order().ToArray();

        var result = project.Run(["new", .. arguments.Split(' ')]);

        Assert.Equal(2, result.ExitCode);
        Assert.StartsWith(message, result.Stderr);
        Assert.Equal(before, Directory.EnumerateFiles(project.Content, "*", SearchOption.AllDirectories).Order().ToArray());
    }

    [Fact]
    public void New_outside_a_portal_refuses_rather_than_write_where_nothing_reads_it()
    {
        using var project = TempProject.FromBase();
        File.Delete(Path.Combine(project.Content, "site.yaml"));

        var result = project.Run("new", "partner", "hanbit-bank");

        Assert.Equal(2, result.ExitCode);
        Assert.Equal("hubwatch: content/ has no site.yaml, so it is not a portal's content folder; run this in the portal's folder, the one that holds content/, or give --content\n", result.Stderr.ReplaceLineEndings("\n"));
        Assert.False(File.Exists(Path.Combine(project.Content, "partners", "hanbit-bank.yaml")));
    }

    [Fact]
    public void New_with_an_id_close_to_an_existing_one_writes_it_and_names_the_other()
    {
        using var project = TempProject.FromBase();

        var result = project.Run("new", "partner", "hanbit-cty");

        Assert.Equal(0, result.ExitCode);
        Assert.True(File.Exists(Path.Combine(project.Content, "partners", "hanbit-cty.yaml")));
        Assert.Equal("hubwatch: note: content/partners/hanbit-city.yaml has an id close to 'hanbit-cty'; if it is the same partner, edit it instead and delete the new file\n", result.Stderr.ReplaceLineEndings("\n"));
        Assert.Equal("", project.Run("new", "partner", "saesol-bank").Stderr);
    }

    [Theory]
    [InlineData("hub", "status", typeof(Hubwatch.Content.HubStatus))]
    [InlineData("partner", "type", typeof(Hubwatch.Content.PartnerType))]
    [InlineData("program", "scope", typeof(Hubwatch.Content.ProgramScope))]
    [InlineData("agreement", "kind", typeof(Hubwatch.Content.AgreementKind))]
    [InlineData("funding", "funder_kind", typeof(Hubwatch.Content.FunderKind))]
    [InlineData("funding", "status", typeof(Hubwatch.Content.FundingStatus))]
    public void A_scaffolds_list_of_choices_names_every_value_the_checker_accepts(string kind, string field, Type vocabulary)
    {
        using var project = TempProject.FromBase();
        Assert.Equal(0, project.Run("new", kind, "hanbit-new").ExitCode);
        var lines = File.ReadAllLines(Path.Combine(project.Content, kind == "funding" ? "funding" : kind + "s", "hanbit-new.yaml"));

        // The comment block right above the field: its "One of:" list, over as many lines as it takes.
        var at = Array.FindIndex(lines, l => l.StartsWith(field + ":", StringComparison.Ordinal));
        var comment = string.Join(" ", lines.Take(at).Reverse().TakeWhile(l => l.StartsWith('#')).Reverse().Select(l => l.TrimStart('#').Trim()));
        var listed = Regex.Match(comment, @"One of: (?<codes>[^.(]+)").Groups["codes"].Value
            .Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries);
        var codes = Enum.GetNames(vocabulary).Select(n => Regex.Replace(n, "(?<!^)([A-Z])", "-$1").ToLowerInvariant());
        Assert.Equal(codes, listed);
    }
}
