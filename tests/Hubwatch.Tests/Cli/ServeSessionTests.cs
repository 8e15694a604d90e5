using Hubwatch.Cli;
using Hubwatch.Tests.Support;

namespace Hubwatch.Tests.Cli;

/// <summary>
/// Rebuilds in a serve session read only the changed files and render nothing until a page is requested;
/// only the pages a change shows on differ, and every file still equals what a full build writes.
/// </summary>
public sealed class ServeSessionTests
{
    private const string KakaoPage = "en/partners/kakao-enterprise/index.html";

    [Fact]
    public void A_rebuild_reads_the_changed_file_and_renders_a_page_only_when_it_is_requested()
    {
        using var project = TempProject.FromRepository();
        var (session, _) = Start(project);
        Assert.True(session.Rebuild([]).IsGood);
        var first = Materialize(session);

        var file = Path.Combine(project.Content, "partners", "kakao-enterprise.yaml");
        File.WriteAllText(file, File.ReadAllText(file).Replace("en: Kakao's subsidiary", "en: A subsidiary of Kakao,", StringComparison.Ordinal));
        var rebuild = session.Rebuild([file]);

        Assert.True(rebuild.IsGood);
        Assert.Equal(1, rebuild.FilesRead);
        Assert.Equal(0, session.State.Current.Files!.Produced);

        var page = session.State.Current.Files.Get(KakaoPage)!;
        Assert.Contains("A subsidiary of Kakao,", Text(page.Bytes!));
        Assert.Equal(1, session.State.Current.Files.Produced);
        Assert.NotEqual(first[KakaoPage], page.Bytes);
    }

    [Fact]
    public void A_rebuild_looks_at_the_files_the_watcher_named_and_at_every_file_when_it_named_a_folder()
    {
        using var project = TempProject.FromRepository();
        var (session, _) = Start(project);
        session.Rebuild([]);
        var kakao = Path.Combine(project.Content, "partners", "kakao-enterprise.yaml");
        var jeonju = Path.Combine(project.Content, "hubs", "jeonju.yaml");

        File.AppendAllText(kakao, "\n");
        File.AppendAllText(jeonju, "\n");
        File.SetLastWriteTimeUtc(kakao, DateTime.UtcNow.AddSeconds(5));
        File.SetLastWriteTimeUtc(jeonju, DateTime.UtcNow.AddSeconds(5));
        Assert.Equal(1, session.Rebuild([kakao]).FilesRead);

        // A watcher whose buffer overflowed names the folder it watches: every file is stamped again.
        Assert.Equal(1, session.Rebuild([project.Content]).FilesRead);
        Assert.Equal(0, session.Rebuild([project.Content]).FilesRead);
    }

    [Fact]
    public void After_a_change_only_the_pages_it_shows_on_differ_and_the_site_equals_a_full_build()
    {
        using var project = TempProject.FromRepository();
        var (session, settings) = Start(project);
        session.Rebuild([]);
        var first = Materialize(session);

        var file = Path.Combine(project.Content, "partners", "kakao-enterprise.yaml");
        File.WriteAllText(file, File.ReadAllText(file).Replace("en: Kakao's subsidiary", "en: A subsidiary of Kakao,", StringComparison.Ordinal));
        session.Rebuild([file]);
        var second = Materialize(session);

        var changed = Changed(first, second);
        Assert.Equal([KakaoPage], changed.Where(IsPage));

        // Besides the page, the summary is in the open data and the English search index: the chunk that holds the
        // organisation's entry and the shards of the words that came and went, not the manifest nor the Korean index.
        var index = SearchFiles.Read(second, "en/search/");
        var kakao = SearchFiles.Documents(index).Single(d => d.Entry.Url.EndsWith("/en/partners/kakao-enterprise/", StringComparison.Ordinal)).Doc;
        var search = changed.Where(p => p.StartsWith("en/search/", StringComparison.Ordinal)).ToList();
        Assert.Equal(["data/partners.csv", "data/portal.json", .. search], changed.Where(p => !IsPage(p)));
        Assert.Equal("en/search/" + Hubwatch.Model.Search.SearchSplit.ChunkName(index.Manifest.ChunkOf(kakao)), search[0]);
        Assert.NotEmpty(search.Skip(1));
        Assert.All(search.Skip(1), p => Assert.StartsWith("en/search/terms/", p));
        AssertSameAsFullBuild(second, settings);
    }

    [Fact]
    public void A_renamed_partner_is_relinked_on_every_page_that_names_it()
    {
        using var project = TempProject.FromRepository();
        var (session, settings) = Start(project);
        session.Rebuild([]);
        var first = Materialize(session);

        var file = Path.Combine(project.Content, "partners", "kakao-enterprise.yaml");
        File.WriteAllText(file, File.ReadAllText(file).Replace("en: Kakao Enterprise", "en: Kakao Enterprise Corp.", StringComparison.Ordinal));
        session.Rebuild([file]);
        var second = Materialize(session);
        var changed = Changed(first, second);

        // The English name shows on the partner's own page, the partner list, the hub, the agreement's timeline and the source.
        Assert.Contains(KakaoPage, changed);
        Assert.Contains("en/partners/index.html", changed);
        Assert.Contains("en/hubs/jeonju/index.html", changed);
        Assert.Contains("en/timeline/index.html", changed);
        // Of the Korean edition, only the partner's page changes: it gives the English name beside the Korean one.
        Assert.Equal(["partners/kakao-enterprise/index.html"], changed.Where(path => !path.StartsWith("en/", StringComparison.Ordinal) && IsPage(path)));
        AssertSameAsFullBuild(second, settings);
    }

    [Fact]
    public void A_template_change_shows_on_every_page()
    {
        using var project = TempProject.FromRepository();
        var (session, settings) = Start(project, project.CopyTemplates());
        session.Rebuild([]);
        Materialize(session);

        var layout = Path.Combine(project.Root, "templates", "layout.html");
        File.WriteAllText(layout, File.ReadAllText(layout).Replace("<main id=\"main\"", "<main data-edited id=\"main\"", StringComparison.Ordinal));
        session.Rebuild([layout]);
        var after = Materialize(session);

        Assert.All(after.Where(f => IsPage(f.Key)), f => Assert.Contains("<main data-edited", Text(f.Value)));
        AssertSameAsFullBuild(after, settings);
    }

    [Fact]
    public void A_template_that_fails_on_a_page_is_reported_with_its_file_and_line_when_the_page_is_requested()
    {
        using var project = TempProject.FromBase();
        var (session, _) = Start(project, project.CopyTemplates());
        File.WriteAllText(Path.Combine(project.Root, "templates", "hubs.html"), "<h1>{{ page.title }}</h1>\n<p>{{ no_such_thing }}</p>\n");

        // The templates parse, so the rebuild is good; the page fails when it is rendered.
        Assert.True(session.Rebuild([]).IsGood);
        var failed = session.State.Current.Files!.Get("hubs/index.html")!;

        Assert.Null(failed.Bytes);
        var error = Assert.Single(failed.Errors);
        Assert.EndsWith("/templates/hubs.html", error.Where.Path, StringComparison.Ordinal);
        Assert.Equal((2, 7), (error.Where.Line, error.Where.Column));
        Assert.Equal("template: The variable or function `no_such_thing` was not found", error.Message);
        Assert.Equal("while rendering ko page 'hubs/'", error.Hint);
        Assert.NotNull(session.State.Current.Files.Get("hubs/hanbit/index.html")!.Bytes);
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

    private static bool IsPage(string path) => path.EndsWith(".html", StringComparison.Ordinal);

    private static string Text(byte[] bytes) => System.Text.Encoding.UTF8.GetString(bytes);

    private static (ServeSession Session, BuildSettings Settings) Start(TempProject project, string? templates = null)
    {
        var settings = new BuildSettings { ContentDir = project.Content, TemplatesDir = templates ?? Repo.Templates, IsQuiet = true };
        return (new ServeSession(settings, new Progress(TextWriter.Null, isQuiet: true, isVerbose: false), TextWriter.Null), settings);
    }

    /// <summary>Every file of the served site, produced as if each were requested.</summary>
    private static Dictionary<string, byte[]> Materialize(ServeSession session)
    {
        var files = session.State.Current.Files!;
        return files.Paths.ToDictionary(path => path, path => files.Get(path)!.Bytes ?? throw new InvalidOperationException($"{path} failed to render"), StringComparer.Ordinal);
    }

    private static List<string> Changed(Dictionary<string, byte[]> before, Dictionary<string, byte[]> after) =>
        [.. after.Keys.Union(before.Keys)
            .Where(path => !before.TryGetValue(path, out var old) || !after.TryGetValue(path, out var now) || !old.AsSpan().SequenceEqual(now))
            .Order(StringComparer.Ordinal)];

    private static void AssertSameAsFullBuild(Dictionary<string, byte[]> served, BuildSettings settings)
    {
        var full = new BuildPipeline(settings, new Progress(TextWriter.Null, isQuiet: true, isVerbose: false)).Run();
        Assert.NotNull(full.Files);
        Assert.Equal(full.Files.Select(f => f.Path).Order(StringComparer.Ordinal), served.Keys.Order(StringComparer.Ordinal));
        Assert.All(full.Files, f => Assert.True(f.Content.AsSpan().SequenceEqual(served[f.Path]), $"{f.Path} differs from a full build"));
    }
}
