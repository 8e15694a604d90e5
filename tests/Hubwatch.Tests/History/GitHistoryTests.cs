using System.Text;
using System.Text.RegularExpressions;
using System.Xml.Linq;
using AngleSharp.Html.Dom;
using AngleSharp.Html.Parser;
using CsvHelper;
using Hubwatch.Cli;
using Hubwatch.History;
using Hubwatch.Rendering;
using Hubwatch.Tests.Support;

namespace Hubwatch.Tests.History;

/// <summary>
/// A real git repository made in the test: the small fixture site committed with a lower amount, a hub still planned
/// and a party missing; then a commit that changes the amount, selects the hub and adds the party; then a commit that
/// only reformats the funding file. The built site must tell that story, dated by the commits, in both languages.
/// </summary>
public sealed class GitHistoryTests : IClassFixture<GitHistoryTests.History>
{
    private static readonly DateTimeOffset First = new(2024, 5, 1, 10, 0, 0, TimeSpan.FromHours(9));
    private static readonly DateTimeOffset Second = new(2024, 6, 3, 15, 30, 0, TimeSpan.FromHours(9));
    private static readonly DateTimeOffset Third = new(2024, 7, 4, 9, 0, 0, TimeSpan.FromHours(9));

    private readonly History _history;

    public GitHistoryTests(History history) => _history = history;

    [Fact]
    public void The_build_reads_the_whole_history_and_warns_of_nothing()
    {
        Assert.Equal(0, _history.Result.ExitCode);
        Assert.Equal("", _history.Result.Stderr);
    }

    [Theory]
    [InlineData("hubs/hanbit/index.html", "처음 게시", "2024년 5월 1일", "마지막 수정", "2024년 6월 3일")]
    [InlineData("en/hubs/hanbit/index.html", "First published", "1 May 2024", "Last updated", "3 June 2024")]
    [InlineData("funding/hanbit-budget/index.html", "처음 게시", "2024년 5월 1일", "마지막 수정", "2024년 6월 3일")]
    [InlineData("en/agreements/hanbit-mou-2024/index.html", "First published", "1 May 2024", "Last updated", "3 June 2024")]
    public void A_record_page_says_when_it_was_first_published_and_last_updated(string path, string published, string publishedDate, string updated, string updatedDate)
    {
        var dates = Page(path).QuerySelector(".page-dates")!;
        var times = dates.QuerySelectorAll("time").Select(t => (t.TextContent, t.GetAttribute("datetime"))).ToArray();

        Assert.Equal($"{published} {publishedDate} · {updated} {updatedDate}", Normalize(dates.TextContent));
        Assert.Equal([(publishedDate, "2024-05-01T10:00:00+09:00"), (updatedDate, "2024-06-03T15:30:00+09:00")], times);
    }

    [Theory]
    [InlineData("hubs/hanbit/index.html", "바뀐 내용")]
    [InlineData("en/hubs/hanbit/index.html", "Change history")]
    public void A_hubs_contents_links_its_change_history(string path, string heading)
    {
        var link = Page(path).QuerySelectorAll("nav.page-toc a").Single(a => a.GetAttribute("href") == "#history-heading");
        Assert.Equal(heading, link.TextContent);
        Assert.Equal(heading, Page(path).GetElementById("history-heading")!.TextContent);
    }

    [Theory]
    [InlineData("hubs/hanbit/index.html", "2024년 6월 3일 — 단계 계획 → 선정", "2024년 5월 1일 — 새로 등록", "커밋")]
    [InlineData("en/hubs/hanbit/index.html", "3 June 2024 — Status: Planned → Selected", "1 May 2024 — New record", "Commit")]
    [InlineData("funding/hanbit-budget/index.html", "2024년 6월 3일 — 금액 5억 원 → 12억 5,000만 원", "2024년 5월 1일 — 새로 등록", "커밋")]
    [InlineData("en/agreements/hanbit-mou-2024/index.html", "3 June 2024 — Party added: Hanbit University", "1 May 2024 — New record", "Commit")]
    public void A_record_page_lists_its_changes_newest_first_with_a_link_to_each_commit(string path, string newest, string oldest, string commit)
    {
        var items = Page(path).QuerySelectorAll(".history li").ToArray();

        Assert.Equal(2, items.Length);
        Assert.Equal(newest + " (" + commit + " " + _history.Second[..7] + ")", Normalize(items[0].TextContent));
        Assert.Equal(oldest + " (" + commit + " " + _history.First[..7] + ")", Normalize(items[1].TextContent));
        Assert.Equal($"https://github.com/example/portal/commit/{_history.Second}", items[0].QuerySelector("a")!.GetAttribute("href"));
    }

    [Theory]
    [InlineData("changes/index.html", "당사자 추가: 한빛대학교", "금액 5억 원 → 12억 5,000만 원", "단계 계획 → 선정", "새로 등록")]
    [InlineData("en/changes/index.html", "Party added: Hanbit University", "Amount: KRW 500 million → KRW 1.25 billion", "Status: Planned → Selected", "New record")]
    public void The_changes_page_lists_every_change_newest_first(string path, string party, string amount, string status, string created)
    {
        var entries = Page(path).QuerySelectorAll(".changes > li").ToArray();
        var texts = entries.Select(e => Normalize(e.QuerySelector("ul")!.TextContent)).ToArray();
        var dates = entries.Select(e => e.QuerySelector("time")!.GetAttribute("datetime")).ToArray();

        // The second commit changed three records (in key order: agreement, funding figure, hub); the first created every file; the third changed nothing.
        Assert.Equal([party, amount, status], texts[..3]);
        Assert.All(dates[..3], d => Assert.Equal("2024-06-03T15:30:00+09:00", d));
        Assert.All(texts[3..], t => Assert.Equal(created, t));
        Assert.All(dates[3..], d => Assert.Equal("2024-05-01T10:00:00+09:00", d));
        Assert.DoesNotContain(entries, e => e.TextContent.Contains(_history.Third[..7], StringComparison.Ordinal));
        Assert.Equal("/portal/" + (path.StartsWith("en/", StringComparison.Ordinal) ? "en/" : "") + "funding/hanbit-budget/", entries[1].QuerySelector(".event-meta a")!.GetAttribute("href"));
    }

    [Theory]
    [InlineData("changes/index.html")]
    [InlineData("en/changes/index.html")]
    [InlineData("changes/feed.xml")]
    [InlineData("en/hubs/hanbit/index.html")]
    public void A_change_is_told_in_the_readers_language_with_the_commits_link_and_not_its_message(string path)
    {
        // A commit's message is written for the repository, in its author's language, and often speaks of other records
        // or of the code: the page says what changed, and the commit's link gives the message.
        var text = _history.Text(path);

        Assert.Contains(_history.First[..7], text, StringComparison.Ordinal);
        Assert.Contains(_history.Second[..7], text, StringComparison.Ordinal);
        Assert.DoesNotContain("Add the Hanbit hub", text, StringComparison.Ordinal);
        Assert.DoesNotContain("Hanbit selected", text, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("changes/feed.xml", "한빛 혁신거점 업무협약: 당사자 추가: 한빛대학교")]
    [InlineData("en/changes/feed.xml", "Hanbit innovation hub MOU: Party added: Hanbit University")]
    public void The_changes_feed_lists_them_newest_first_dated_by_their_commits(string path, string firstTitle)
    {
        XNamespace atom = "http://www.w3.org/2005/Atom";
        var feed = XDocument.Parse(_history.Text(path)).Root!;
        var entries = feed.Elements(atom + "entry").ToArray();

        Assert.Equal("2024-06-03T15:30:00+09:00", feed.Element(atom + "updated")!.Value);
        Assert.Equal(firstTitle, entries[0].Element(atom + "title")!.Value);
        Assert.Equal(["2024-06-03T15:30:00+09:00", "2024-06-03T15:30:00+09:00", "2024-06-03T15:30:00+09:00"], entries[..3].Select(e => e.Element(atom + "updated")!.Value));
        Assert.All(entries[3..], e => Assert.Equal("2024-05-01T10:00:00+09:00", e.Element(atom + "updated")!.Value));
        Assert.Equal($"https://github.com/example/portal/commit/{_history.Second}", entries[0].Elements(atom + "link").Single(l => l.Attribute("rel")!.Value == "related").Attribute("href")!.Value);
    }

    [Theory]
    [InlineData("funding.csv", "hanbit-budget", "2024-06-03T15:30:00+09:00")]
    [InlineData("hubs.csv", "hanbit", "2024-06-03T15:30:00+09:00")]
    [InlineData("partners.csv", "hanbit-city", "2024-05-01T10:00:00+09:00")]
    [InlineData("agreements.csv", "hanbit-mou-2024", "2024-06-03T15:30:00+09:00")]
    public void Every_csv_row_carries_the_date_of_the_last_commit_that_changed_its_record(string file, string id, string expected)
    {
        using var reader = CsvReader.Create(_history.Files["data/" + file], new CsvReaderOptions { Separator = ',' });
        var headers = reader.Headers.ToArray();
        var rows = new Dictionary<string, string>();
        while (reader.Read())
        {
            rows[reader.GetString(0)] = reader.GetString(Array.IndexOf(headers, "Last Modified"));
        }

        Assert.Equal(expected, rows[id]);
    }

    [Fact]
    public void Portal_json_carries_the_same_dates()
    {
        var json = System.Text.Json.JsonDocument.Parse(_history.Text("data/portal.json")).RootElement;
        var funding = json.GetProperty("funding").EnumerateArray().Single(f => f.GetProperty("id").GetString() == "hanbit-budget");
        var partner = json.GetProperty("partners").EnumerateArray().Single(f => f.GetProperty("id").GetString() == "hanbit-city");

        Assert.Equal("2024-06-03T15:30:00+09:00", funding.GetProperty("last_modified").GetString());
        Assert.Equal("2024-05-01T10:00:00+09:00", partner.GetProperty("last_modified").GetString());
    }

    [Theory]
    [InlineData("https://example.org/portal/hubs/hanbit/", "2024-06-03T15:30:00+09:00")]
    [InlineData("https://example.org/portal/en/partners/hanbit-city/", "2024-05-01T10:00:00+09:00")]
    [InlineData("https://example.org/portal/funding/", "2024-06-03T15:30:00+09:00")]
    [InlineData("https://example.org/portal/funding/hanbit-budget/", "2024-06-03T15:30:00+09:00")]
    [InlineData("https://example.org/portal/en/agreements/hanbit-mou-2024/", "2024-06-03T15:30:00+09:00")]
    public void The_sitemap_dates_each_page_by_its_last_commit(string loc, string lastmod)
    {
        XNamespace sitemap = "http://www.sitemaps.org/schemas/sitemap/0.9";
        var url = XDocument.Parse(_history.Text("sitemap.xml")).Root!.Elements(sitemap + "url").Single(u => u.Element(sitemap + "loc")!.Value == loc);

        Assert.Equal(lastmod, url.Element(sitemap + "lastmod")!.Value);
    }

    [Fact]
    public void Two_builds_of_the_same_commit_are_byte_identical()
    {
        var second = _history.Git.Project.Run("build", "--quiet", "--base-path", "/portal/");
        Assert.Equal(0, second.ExitCode);
        var again = _history.Git.Project.SiteFiles();

        Assert.Equal(_history.Files.Keys.Order(StringComparer.Ordinal), again.Keys.Order(StringComparer.Ordinal));
        Assert.All(_history.Files, file => Assert.True(file.Value.AsSpan().SequenceEqual(again[file.Key]), $"{file.Key} differs between builds"));
    }

    [Fact]
    public void Check_renders_what_only_the_history_shows_so_a_template_error_there_fails_it_as_it_fails_the_build()
    {
        using var git = History.Make();
        using var templates = new TempProject();
        foreach (var file in Directory.EnumerateFiles(Repo.Templates, "*", SearchOption.AllDirectories))
        {
            templates.Write(Path.GetRelativePath(Repo.Templates, file), File.ReadAllText(file));
        }

        // A mistake inside the list of changes: a page shows it only when there are changes to list.
        var changes = Path.Combine(templates.Root, "changes.html");
        File.WriteAllText(changes, File.ReadAllText(changes).Replace("<li>{{ c }}</li>", "<li>{{ c.nosuchmember.deeper }}</li>", StringComparison.Ordinal));

        var check = git.Project.RunWithTemplates(templates.Root, "check");
        var build = git.Project.RunWithTemplates(templates.Root, "build");

        Assert.Equal(1, build.ExitCode);
        Assert.Equal(1, check.ExitCode);
        Assert.Contains("changes.html:13:", check.Stderr, StringComparison.Ordinal);
        Assert.Equal(
            build.Stderr.Split('\n').Where(l => l.Contains("error:", StringComparison.Ordinal)).Order(),
            check.Stderr.Split('\n').Where(l => l.Contains("error:", StringComparison.Ordinal)).Order());
    }

    [Fact]
    public void A_fork_names_its_own_repository_for_the_commit_links_without_changing_site_yaml()
    {
        using var git = History.Make(out _, out var second, out _);
        Assert.Equal(0, git.Project.Run("build", "--quiet", "--repository", "https://github.com/someone/fork").ExitCode);
        var changes = Encoding.UTF8.GetString(git.Project.SiteFiles()["changes/index.html"]);
        Assert.Contains($"href=\"https://github.com/someone/fork/commit/{second}\"", changes, StringComparison.Ordinal);
        Assert.DoesNotContain("github.com/example/portal", changes, StringComparison.Ordinal);

        var wrong = git.Project.Run("build", "--quiet", "--repository", "someone/fork");
        Assert.Equal(1, wrong.ExitCode);
        Assert.Contains("--repository: error: 'someone/fork' is not an http or https address", wrong.Stderr, StringComparison.Ordinal);
    }

    [Fact]
    public void Check_counts_the_pages_a_build_writes_and_says_nothing_of_a_missing_history()
    {
        using var git = History.Make();
        var check = git.Project.Run("check");
        var build = git.Project.Run("build");
        var pages = Regex.Match(check.Stderr, @"Content is valid: (\d+) pages").Groups[1].Value;
        Assert.Contains($"Wrote {pages} pages,", build.Stderr, StringComparison.Ordinal);

        using var copy = TempProject.FromBase();
        Assert.DoesNotContain("history", copy.Run("check").Stderr, StringComparison.Ordinal);
    }

    [Fact]
    public void A_copy_without_git_builds_with_one_warning_and_no_dates()
    {
        using var copy = new TempProject();
        foreach (var folder in new[] { "content", "seeds" })
        {
            foreach (var file in Directory.EnumerateFiles(Path.Combine(_history.Git.Project.Root, folder), "*", SearchOption.AllDirectories))
            {
                copy.Write(Path.GetRelativePath(_history.Git.Project.Root, file), File.ReadAllText(file));
            }
        }

        var result = copy.Run("build", "--quiet");

        Assert.Equal(0, result.ExitCode);
        Assert.Equal(TempProject.NoHistoryWarning, result.Stderr.ReplaceLineEndings("\n"));
        var hub = Encoding.UTF8.GetString(copy.SiteFiles()["hubs/hanbit/index.html"]);
        Assert.DoesNotContain("page-dates", hub, StringComparison.Ordinal);
        Assert.DoesNotContain("<lastmod>", Encoding.UTF8.GetString(copy.SiteFiles()["sitemap.xml"]), StringComparison.Ordinal);
    }

    [Fact]
    public void Uncommitted_edits_are_marked_in_serve_and_only_counted_in_a_build()
    {
        using var git = History.Make();
        var hub = Path.Combine(git.Project.Content, "hubs", "hanbit.yaml");
        File.WriteAllText(hub, File.ReadAllText(hub).Replace("status: selected", "status: operating", StringComparison.Ordinal));

        var build = git.Project.Run("build", "--quiet");
        Assert.Equal(0, build.ExitCode);
        Assert.Equal(
            "content:1:1: warning: the git history is incomplete (1 file(s) have changes not committed, which are not dated): pages and data are dated only as far as it goes\n" +
            "  hint: build from a clone with full history and every change committed (on GitHub Actions: actions/checkout with fetch-depth: 0)\n",
            build.Stderr.ReplaceLineEndings("\n"));
        Assert.DoesNotContain("수정 중", Encoding.UTF8.GetString(git.Project.SiteFiles()["hubs/hanbit/index.html"]), StringComparison.Ordinal);

        var settings = new BuildSettings { ContentDir = git.Project.Content, TemplatesDir = Repo.Templates, IsQuiet = true };
        using var progress = new Progress(TextWriter.Null, isQuiet: true, isVerbose: false);
        var (plan, bag) = new BuildPipeline(settings, progress, new BuildMemo(), HistoryUse.WithEditing).Plan();
        Assert.NotNull(plan);
        Assert.False(bag.HasErrors);
        var served = Encoding.UTF8.GetString(plan.Produce("hubs/hanbit/index.html", bag)!);
        var other = Encoding.UTF8.GetString(plan.Produce("partners/hanbit-city/index.html", bag)!);
        Assert.Contains("<span class=\"tag editing\">수정 중 (미반영)</span>", served, StringComparison.Ordinal);
        Assert.DoesNotContain("수정 중", other, StringComparison.Ordinal);
    }

    [Fact]
    public void In_serve_a_file_edited_then_reverted_is_no_longer_marked_as_editing()
    {
        using var git = History.Make();
        var hub = Path.Combine(git.Project.Content, "hubs", "hanbit.yaml");
        var committed = File.ReadAllText(hub);
        var settings = new BuildSettings { ContentDir = git.Project.Content, TemplatesDir = Repo.Templates, IsQuiet = true };
        var session = new ServeSession(settings, new Progress(TextWriter.Null, isQuiet: true, isVerbose: false), TextWriter.Null);
        string Served() => Encoding.UTF8.GetString(session.State.Current.Files!.Get("hubs/hanbit/index.html")!.Bytes!);

        Assert.True(session.Rebuild([]).IsGood);
        Assert.DoesNotContain("수정 중", Served(), StringComparison.Ordinal);

        File.WriteAllText(hub, committed.Replace("status: selected", "status: operating", StringComparison.Ordinal));
        Assert.True(session.Rebuild([hub]).IsGood);
        Assert.Contains("<span class=\"tag editing\">수정 중 (미반영)</span>", Served(), StringComparison.Ordinal);

        File.WriteAllText(hub, committed);
        Assert.True(session.Rebuild([hub]).IsGood);
        Assert.DoesNotContain("수정 중", Served(), StringComparison.Ordinal);
    }

    [Fact]
    public void A_rebuild_asks_git_about_the_files_the_watcher_named_and_those_known_to_be_edited_only()
    {
        using var git = History.Make();
        var reader = new GitHistoryReader(git.Project.Content, Path.Combine(git.Project.Root, "seeds"));
        var hub = Path.Combine(git.Project.Content, "hubs", "hanbit.yaml");
        var agreement = Path.Combine(git.Project.Content, "agreements", "hanbit-mou-2024.yaml");
        var committedHub = File.ReadAllText(hub);
        var first = reader.Read(withEditing: true);
        Assert.Empty(first.Editing);

        // Both files edited (a comment is enough for git), one named: only that one is asked about.
        File.AppendAllText(hub, "# under review\n");
        File.AppendAllText(agreement, "# under review\n");
        var second = reader.Read(withEditing: true, first, changedFiles: [hub]);
        Assert.Equal(["hubs/hanbit"], second.Editing);

        // The other named next: the first is still known to be edited.
        var third = reader.Read(withEditing: true, second, changedFiles: [agreement]);
        Assert.Equal(["agreements/hanbit-mou-2024", "hubs/hanbit"], third.Editing.Order(StringComparer.Ordinal));

        // A file known to be edited is asked about again even when not named: reverted, it is edited no more.
        File.WriteAllText(hub, committedHub);
        var fourth = reader.Read(withEditing: true, third, changedFiles: []);
        Assert.Equal(["agreements/hanbit-mou-2024"], fourth.Editing);

        // Without the watcher's list every file is asked about, with the same answer.
        Assert.Equal(fourth.Editing, reader.Read(withEditing: true, fourth).Editing);
        Assert.Equal(first.Records.Keys.Order(StringComparer.Ordinal), fourth.Records.Keys.Order(StringComparer.Ordinal));
    }

    [Fact]
    public void The_reader_finds_one_revision_per_commit_that_changed_a_record()
    {
        var history = new GitHistoryReader(_history.Git.Project.Content, Path.Combine(_history.Git.Project.Root, "seeds")).Read();

        Assert.Null(history.Incomplete);
        var funding = history.For("funding/hanbit-budget")!;
        Assert.Equal([_history.First, _history.Second], funding.Revisions.Select(r => r.Commit.Sha));
        Assert.Equal(FieldChangeKind.Created, Assert.Single(funding.Revisions[0].Changes).Kind);
        Assert.Equal(new FieldChange("amount", FieldChangeKind.Changed, new ChangeValue(ValueKind.Money, "500000000"), new ChangeValue(ValueKind.Money, "1250000000")), funding.Revisions[1].Changes[0]);
        Assert.Equal([_history.First], history.For("seeds/100_fixture")!.Revisions.Select(r => r.Commit.Sha));
    }

    [Fact]
    public void A_change_to_a_sources_metadata_names_the_fields_that_changed_and_only_a_change_to_its_document_is_its_text()
    {
        using var git = new GitProject(TempProject.FromBase());
        var seeds = Path.Combine(git.Project.Root, "seeds");
        git.Commit("Sources", First);
        File.AppendAllText(Path.Combine(seeds, "100_fixture.yaml"), "translations:\n  - ko: \"한빛시와 한빛대학교는\"\n    en: \"Hanbit City and Hanbit University …\"\n");
        var translated = git.Commit("Translations", Second);
        File.AppendAllText(Path.Combine(seeds, "100_fixture.txt"), "\n끝.\n");
        var text = git.Commit("Text", Third);

        var history = new GitHistoryReader(git.Project.Content, seeds).Read().For("seeds/100_fixture")!;

        Assert.Equal([translated, text], history.Revisions.Skip(1).Select(r => r.Commit.Sha));
        Assert.Equal([("translations", FieldChangeKind.Edited)], history.Revisions[1].Changes.Select(c => (c.Field, c.Kind)));
        Assert.Equal([("text", FieldChangeKind.Edited)], history.Revisions[2].Changes.Select(c => (c.Field, c.Kind)));
        Assert.Equal(0, git.Project.Run("build", "--quiet").ExitCode);
        var page = new HtmlParser().ParseDocument(Encoding.UTF8.GetString(git.Project.SiteFiles()["en/changes/index.html"]));
        Assert.Contains(page.QuerySelectorAll("li li"), li => li.TextContent == "Editors' translations revised");
    }

    [Theory]
    [InlineData("", "ko")]
    [InlineData("en/", "en")]
    public void A_text_page_revised_in_both_languages_in_one_commit_is_one_change_on_each_languages_list(string lang, string file)
    {
        using var git = new GitProject(TempProject.FromBase());
        git.Commit("Everything", First);
        File.AppendAllText(Path.Combine(git.Project.Content, "pages", "about.ko.md"), "\n고쳤다.\n");
        File.AppendAllText(Path.Combine(git.Project.Content, "pages", "about.en.md"), "\nRevised.\n");
        var revised = git.Commit("About revised in both languages", Second);

        Assert.Equal(0, git.Project.Run("build", "--quiet").ExitCode);
        var files = git.Project.SiteFiles();
        var page = new HtmlParser().ParseDocument(Encoding.UTF8.GetString(files[lang + "changes/index.html"]));
        var entries = page.QuerySelectorAll("ol.changes > li").Where(li => li.QuerySelector(".commit code")!.TextContent == revised[..7]).ToArray();
        Assert.Equal([$"/{lang}about/"], entries.Select(li => li.QuerySelector(".event-meta a")!.GetAttribute("href")));
        XNamespace atom = "http://www.w3.org/2005/Atom";
        var feed = XDocument.Parse(Encoding.UTF8.GetString(files[lang + "changes/feed.xml"])).Root!;
        Assert.Equal([$"{revised}/pages/about.{file}"], feed.Elements(atom + "entry").Select(e => e.Element(atom + "id")!.Value.Split('#')[1]).Where(id => id.StartsWith(revised, StringComparison.Ordinal)));
    }

    private IHtmlDocument Page(string path) => new HtmlParser().ParseDocument(_history.Text(path));

    private static string Normalize(string text) => string.Join(' ', text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));

    /// <summary>The repository of three commits, and its site built once under <c>/portal/</c>.</summary>
    public sealed class History : IDisposable
    {
        public History()
        {
            Git = Make(out var first, out var second, out var third);
            (First, Second, Third) = (first, second, third);
            Result = Git.Project.Run("build", "--quiet", "--base-path", "/portal/");
            Files = Git.Project.SiteFiles();
        }

        public GitProject Git { get; }

        public string First { get; }

        public string Second { get; }

        public string Third { get; }

        public RunResult Result { get; }

        public IReadOnlyDictionary<string, byte[]> Files { get; }

        public string Text(string path) => Encoding.UTF8.GetString(Files[path]);

        public static GitProject Make() => Make(out _, out _, out _);

        public void Dispose() => Git.Dispose();

        public static GitProject Make(out string first, out string second, out string third)
        {
            var git = new GitProject(TempProject.FromBase());
            var project = git.Project;
            var site = Path.Combine(project.Content, "site.yaml");
            File.AppendAllText(site, "repository: https://github.com/example/portal\n");
            var funding = Path.Combine(project.Content, "funding", "hanbit-budget.yaml");
            var agreement = Path.Combine(project.Content, "agreements", "hanbit-mou-2024.yaml");
            var hub = Path.Combine(project.Content, "hubs", "hanbit.yaml");
            var fundingText = File.ReadAllText(funding);
            var agreementText = File.ReadAllText(agreement);
            var hubText = File.ReadAllText(hub);

            File.WriteAllText(funding, fundingText.Replace("amount: 12.5억원", "amount: 5억원", StringComparison.Ordinal));
            File.WriteAllText(agreement, agreementText.Replace("  - partner: 한빛대학교\n", "", StringComparison.Ordinal));
            File.WriteAllText(hub, hubText.Replace("status: selected", "status: planned", StringComparison.Ordinal));
            first = git.Commit("Add the Hanbit hub", GitHistoryTests.First);

            File.WriteAllText(funding, fundingText);
            File.WriteAllText(agreement, agreementText);
            File.WriteAllText(hub, hubText);
            second = git.Commit("Hanbit selected; budget 12.5억원; the university joins the MOU", GitHistoryTests.Second);

            // Only layout and a comment: no revision.
            File.WriteAllText(funding, "# The hub's budget as the city announced it.\n\n" + fundingText.Replace("title: { ko: 한빛 혁신거점 사업비, en: Hanbit innovation hub budget }", "title:\n  ko: 한빛 혁신거점 사업비\n  en:   Hanbit innovation hub budget\n", StringComparison.Ordinal));
            third = git.Commit("Tidy the budget file", GitHistoryTests.Third);
            return git;
        }
    }
}
