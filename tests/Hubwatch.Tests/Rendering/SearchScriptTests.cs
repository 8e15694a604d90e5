using System.Diagnostics;
using System.Text;
using System.Text.Json;
using Hubwatch.Model.Search;
using Hubwatch.Rendering;
using Hubwatch.Tests.Support;

namespace Hubwatch.Tests.Rendering;

/// <summary>
/// The browser's search script, run in Node on the indexes the portal build wrote: it must rank exactly as the
/// generator's <see cref="SearchQuery"/> does, mark what matched, and build its results without parsing HTML.
/// </summary>
[Collection(PortalCollection.Name)]
public sealed class SearchScriptTests(PortalFixture portal)
{
    private static readonly string Template = Path.Combine(Repo.Templates, "assets", "search.js");

    public static TheoryData<string, string> Queries => new()
    {
        { "search/", "전주시가" },
        { "search/", "국민연금" },
        { "search/", "연금공단" },
        { "search/", "국민연" },
        { "search/", "국민연금공단에서" },
        { "search/", "수소시범도시 총사업비" },
        { "search/", "금" },
        { "search/", "전북도와 LX" },
        { "search/", "㈜카카오엔터프라이즈" },
        { "search/", "2023년" },
        { "search/", "145억원" },
        { "en/search/", "14.5 billion" },
        { "en/search/", "Jeonju" },
        { "en/search/", "PENSIÓN" },
        { "en/search/", "national pension" },
        { "en/search/", "innov" },
        { "en/search/", "국민연금" },
        { "en/search/", "pensions" },
        { "en/search/", "investments in hubs" },
        { "search/", "충청북도" },
        { "search/", "전라북도에서" },
        { "search/", "경남" },
    };

    [Fact]
    public void The_word_lists_are_written_into_the_script_from_the_generator_and_kept_nowhere_else()
    {
        var template = File.ReadAllText(Template);
        Assert.Equal(1, template.Split(SearchScript.Marker).Length - 1);
        Assert.DoesNotContain("var PARTICLES", template, StringComparison.Ordinal);

        var built = Encoding.UTF8.GetString(portal.Files["assets/search.js"]);
        Assert.DoesNotContain(SearchScript.Marker, built, StringComparison.Ordinal);
        Assert.Contains(SearchScript.Declarations(), built, StringComparison.Ordinal);
        Assert.Contains("  var PARTICLES = ['에서', '에게', '께서', '으로', '부터', '까지', '처럼', '보다', '이나', '하고',\n    '은', '는', '이', '가', '을', '를', '의', '에', '와', '과', '도', '로', '만'];\n", built, StringComparison.Ordinal);
        Assert.Contains("  var PLACE_SUFFIXES = ['특별자치도', '특별자치시', '특별시', '광역시', '시', '군', '구', '도', '읍', '면', '동'];\n", built, StringComparison.Ordinal);
        Assert.Contains("  var REGION_NAMES = [\n    ['충청북도', '충북'],\n", built, StringComparison.Ordinal);
        Assert.Contains("    ['전북특별자치도', '전라북도', '전북'],\n", built, StringComparison.Ordinal);
        Assert.Contains("  var ENGLISH_ENDINGS = ['ing', 'ies', 'es', 'ed', 's'];\n  var MINIMUM_STEM = 2;\n  var MINIMUM_ENGLISH_STEM = 4;\n  var MINIMUM_COVERAGE = 0.5;\n", built, StringComparison.Ordinal);
        Assert.Contains("  var MAX_SHOWN = 50;\n  var SYLLABLE_KEY = '~';\n  var PLACE_KEY = '@';\n", built, StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(Queries))]
    public void The_script_ranks_results_as_the_generator_does(string folder, string query)
    {
        var expected = SearchFiles.Query(portal.Files, folder).Run(query);
        var actual = RunScript(folder, [query])[0].GetProperty("hits").EnumerateArray().ToArray();

        Assert.NotEmpty(expected);
        Assert.Equal(expected.Select(h => h.Document.Url), actual.Select(h => h.GetProperty("url").GetString()));
        Assert.Equal(expected.Select(h => h.Score), actual.Select(h => h.GetProperty("score").GetDouble()));
        Assert.Equal(expected.Select(h => h.Kind), actual.Select(h => h.GetProperty("kind").GetInt32()));
    }

    [Theory]
    [MemberData(nameof(Queries))]
    public void The_script_downloads_the_files_the_generator_says_a_query_needs(string folder, string query)
    {
        var expected = SearchFiles.Query(portal.Files, folder).Downloads(query);
        var actual = RunScript(folder, [query])[0].GetProperty("downloads").EnumerateArray().Select(d => d.GetString()!).ToArray();

        Assert.Equal(expected.Order(StringComparer.Ordinal), actual.Order(StringComparer.Ordinal));
        Assert.Equal(actual.Length, actual.Distinct().Count());
        Assert.All(actual, name => Assert.True(portal.Files.ContainsKey(folder + name), folder + name));
    }

    [Fact]
    public void Snippets_mark_what_the_reader_typed_without_its_particle()
    {
        var result = RunScript("search/", ["전주시가", "국민연금"]);

        var jeonju = result[0].GetProperty("hits")[0].GetProperty("snippet");
        Assert.Equal(["전주"], Marked(jeonju.GetProperty("title")));
        Assert.Contains("전주시", Marked(jeonju.GetProperty("text")));

        var pension = result[1].GetProperty("hits")[1].GetProperty("snippet");
        Assert.Equal("전주·전북혁신도시", Text(pension.GetProperty("title")));
        Assert.Equal(["국민연금"], Marked(pension.GetProperty("text")).Distinct());
        Assert.True(Text(pension.GetProperty("text")).Length <= 162, "a snippet is a window of the text, not all of it");
    }

    [Fact]
    public void English_snippets_mark_word_beginnings_whatever_their_case_and_accents()
    {
        var result = RunScript("en/search/", ["PENSIÓN", "pens"]);
        Assert.Equal(["Pension"], Marked(result[0].GetProperty("hits")[0].GetProperty("snippet").GetProperty("title")));
        Assert.Equal(["Pens"], Marked(result[1].GetProperty("hits")[0].GetProperty("snippet").GetProperty("title")));
    }

    [Fact]
    public void The_script_builds_results_with_dom_nodes_and_never_parses_html()
    {
        var source = File.ReadAllText(Template);
        Assert.Contains("textContent", source);
        Assert.Contains("createElement('mark')", source);
        foreach (var sink in new[] { "innerHTML", "outerHTML", "insertAdjacentHTML", "document.write", "eval(", "new Function" })
        {
            Assert.DoesNotContain(sink, source);
        }
    }

    private static IEnumerable<string> Marked(JsonElement pieces) =>
        pieces.EnumerateArray().Where(p => p.GetProperty("mark").GetBoolean()).Select(p => p.GetProperty("text").GetString()!);

    private static string Text(JsonElement pieces) =>
        string.Concat(pieces.EnumerateArray().Select(p => p.GetProperty("text").GetString()));

    private JsonElement[] RunScript(string folder, string[] queries)
    {
        // The script as the build wrote it, with the generator's word lists in it, and the language's index files.
        var temp = Path.Combine(Path.GetTempPath(), "hubwatch-tests", Guid.NewGuid().ToString("N"));
        var script = Path.Combine(temp, "search.js");
        var index = Path.Combine(temp, "index");
        foreach (var (path, bytes) in portal.Files.Where(f => f.Key.StartsWith(folder, StringComparison.Ordinal) && f.Key.EndsWith(".json", StringComparison.Ordinal)))
        {
            var file = Path.Combine(index, path[folder.Length..]);
            Directory.CreateDirectory(Path.GetDirectoryName(file)!);
            File.WriteAllBytes(file, bytes);
        }

        File.WriteAllBytes(script, portal.Files["assets/search.js"]);
        try
        {
            var start = new ProcessStartInfo("node")
            {
                ArgumentList = { Path.Combine(Repo.Root, "tests", "Hubwatch.Tests", "Support", "search-runner.js"), script, index },
                RedirectStandardInput = true,
                RedirectStandardOutput = true,
                RedirectStandardError = true,
                StandardInputEncoding = new UTF8Encoding(false),
                StandardOutputEncoding = Encoding.UTF8,
            };
            using var node = Process.Start(start) ?? throw new InvalidOperationException("node did not start");
            node.StandardInput.Write(JsonSerializer.Serialize(queries));
            node.StandardInput.Close();
            var stdout = node.StandardOutput.ReadToEndAsync();
            var stderr = node.StandardError.ReadToEnd();
            node.WaitForExit();
            Assert.True(node.ExitCode == 0, "node failed: " + stderr);
            return [.. JsonDocument.Parse(stdout.Result).RootElement.EnumerateArray()];
        }
        finally
        {
            Directory.Delete(temp, recursive: true);
        }
    }
}
