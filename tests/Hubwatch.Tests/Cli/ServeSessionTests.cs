using Hubwatch.Cli;
using Hubwatch.Tests.Support;

namespace Hubwatch.Tests.Cli;

/// <summary>Rebuilds in a serve session redo only what a change touches, and still give exactly what a full build gives.</summary>
public sealed class ServeSessionTests
{
    [Fact]
    public void A_one_file_change_reads_one_file_renders_the_pages_it_shows_on_and_equals_a_full_build()
    {
        using var project = TempProject.FromRepository();
        var (session, settings) = Start(project);
        var first = session.Rebuild([]);
        Assert.True(first.IsGood);
        Assert.Equal(0, first.PagesReused);

        var file = Path.Combine(project.Content, "partners", "kakao-enterprise.yaml");
        File.WriteAllText(file, File.ReadAllText(file).Replace("en: Kakao's subsidiary", "en: A subsidiary of Kakao,", StringComparison.Ordinal));
        var second = session.Rebuild([file]);

        Assert.True(second.IsGood);
        Assert.Equal(1, second.FilesRead);
        Assert.Equal(1, second.PagesRendered);
        Assert.Equal(first.PagesRendered - 1, second.PagesReused);
        Assert.Equal(["en/partners/kakao-enterprise/index.html"], second.ChangedOutputs.Where(p => p.EndsWith(".html", StringComparison.Ordinal)));

        // Besides the page, the summary is in the open data and the English search index.
        Assert.Equal(["data/partners.csv", "data/portal.json", "en/search/index.json"], second.ChangedOutputs.Where(p => !p.EndsWith(".html", StringComparison.Ordinal)));
        AssertSameAsFullBuild(session, settings);
    }

    [Fact]
    public void A_renamed_partner_is_relinked_on_every_page_that_names_it()
    {
        using var project = TempProject.FromRepository();
        var (session, settings) = Start(project);
        session.Rebuild([]);

        var file = Path.Combine(project.Content, "partners", "kakao-enterprise.yaml");
        File.WriteAllText(file, File.ReadAllText(file).Replace("en: Kakao Enterprise", "en: Kakao Enterprise Corp.", StringComparison.Ordinal));
        var rebuild = session.Rebuild([file]);

        // The English name shows on the partner's own page, the partner list, the hub, the agreement's timeline and the source.
        Assert.Contains("en/partners/kakao-enterprise/index.html", rebuild.ChangedOutputs);
        Assert.Contains("en/partners/index.html", rebuild.ChangedOutputs);
        Assert.Contains("en/hubs/jeonju/index.html", rebuild.ChangedOutputs);
        Assert.Contains("en/timeline/index.html", rebuild.ChangedOutputs);
        // Of the Korean edition, only the partner's page changes: it gives the English name beside the Korean one.
        Assert.Equal(["partners/kakao-enterprise/index.html"], rebuild.ChangedOutputs.Where(path => !path.StartsWith("en/", StringComparison.Ordinal) && path.EndsWith(".html", StringComparison.Ordinal)));
        AssertSameAsFullBuild(session, settings);
    }

    [Fact]
    public void A_template_change_renders_every_page_again()
    {
        using var project = TempProject.FromRepository();
        CopyTemplates(project);
        var (session, settings) = Start(project, Path.Combine(project.Root, "templates"));
        var first = session.Rebuild([]);

        var layout = Path.Combine(project.Root, "templates", "layout.html");
        File.WriteAllText(layout, File.ReadAllText(layout).Replace("<main id=\"main\"", "<main data-edited id=\"main\"", StringComparison.Ordinal));
        var rebuild = session.Rebuild([layout]);

        Assert.Equal(first.PagesRendered, rebuild.PagesRendered);
        Assert.Equal(0, rebuild.PagesReused);
        Assert.All(session.State.Current.Files!.Where(f => f.Key.EndsWith(".html", StringComparison.Ordinal)), f => Assert.Contains("<main data-edited", System.Text.Encoding.UTF8.GetString(f.Value)));
        AssertSameAsFullBuild(session, settings);
    }

    [Fact]
    public void An_error_keeps_the_last_good_site_and_its_fix_publishes_the_new_one()
    {
        using var project = TempProject.FromBase();
        var (session, _) = Start(project);
        session.Rebuild([]);
        var good = session.State.Current;

        var file = Path.Combine(project.Content, "funding", "hanbit-budget.yaml");
        var text = File.ReadAllText(file);
        File.WriteAllText(file, text.Replace("amount: 12.5억원", "amount: 12.5억", StringComparison.Ordinal));
        var failed = session.Rebuild([file]);

        Assert.False(failed.IsGood);
        Assert.Same(good.Files, session.State.Current.Files);
        var error = Assert.Single(session.State.Current.Errors);
        Assert.Equal("amount '12.5억' does not end in 원", error.Message);
        Assert.Equal(good.Version + 1, session.State.Current.Version);

        File.WriteAllText(file, text.Replace("amount: 12.5억원", "amount: 12.5억 원", StringComparison.Ordinal));
        Assert.True(session.Rebuild([file]).IsGood);
        Assert.Empty(session.State.Current.Errors);
        Assert.Equal(good.Version + 2, session.State.Current.Version);
    }

    private static (ServeSession Session, BuildSettings Settings) Start(TempProject project, string? templates = null)
    {
        var settings = new BuildSettings { ContentDir = project.Content, TemplatesDir = templates ?? Repo.Templates, IsQuiet = true };
        return (new ServeSession(settings, new Progress(TextWriter.Null, isQuiet: true, isVerbose: false), TextWriter.Null), settings);
    }

    private static void AssertSameAsFullBuild(ServeSession session, BuildSettings settings)
    {
        var full = new BuildPipeline(settings, new Progress(TextWriter.Null, isQuiet: true, isVerbose: false)).Run();
        Assert.NotNull(full.Files);
        var served = session.State.Current.Files!;
        Assert.Equal(full.Files.Select(f => f.Path).Order(StringComparer.Ordinal), served.Keys.Order(StringComparer.Ordinal));
        Assert.All(full.Files, f => Assert.True(f.Content.AsSpan().SequenceEqual(served[f.Path]), $"{f.Path} differs from a full build"));
    }

    private static void CopyTemplates(TempProject project)
    {
        foreach (var file in Directory.EnumerateFiles(Repo.Templates, "*", SearchOption.AllDirectories))
        {
            var target = Path.Combine(project.Root, "templates", Path.GetRelativePath(Repo.Templates, file));
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            File.Copy(file, target);
        }
    }
}
