using Hubwatch.Tests.Support;
using YamlDotNet.RepresentationModel;

namespace Hubwatch.Tests.Publishing;

/// <summary>
/// The GitHub Actions workflow that publishes the portal: tested before it is built, built under the path
/// Pages serves it at, deployed by the official Pages actions with only the permissions they need.
/// </summary>
public sealed class PagesWorkflowTests
{
    private static readonly string WorkflowPath = Path.Combine(Repo.Root, ".github", "workflows", "pages.yml");

    private readonly YamlMappingNode _workflow = Load();

    [Fact]
    public void It_runs_on_every_push_to_main_and_on_demand()
    {
        var on = Map(_workflow, "on");
        Assert.Contains("main", Seq(Map(on, "push"), "branches").Select(b => ((YamlScalarNode)b).Value));
        Assert.True(on.Children.ContainsKey(new YamlScalarNode("workflow_dispatch")));
    }

    [Fact]
    public void It_may_read_the_repository_and_deploy_pages_and_nothing_else()
    {
        var permissions = Map(_workflow, "permissions");
        Assert.Equal(
            new Dictionary<string, string> { ["contents"] = "read", ["pages"] = "write", ["id-token"] = "write" },
            permissions.Children.ToDictionary(p => ((YamlScalarNode)p.Key).Value!, p => ((YamlScalarNode)p.Value).Value!));
    }

    [Fact]
    public void Deployments_queue_rather_than_cancel_each_other()
    {
        var concurrency = Map(_workflow, "concurrency");
        Assert.Equal("pages", Scalar(concurrency, "group"));
        Assert.Equal("false", Scalar(concurrency, "cancel-in-progress"));
    }

    [Fact]
    public void It_tests_with_the_readme_command_before_it_builds_and_uploads_the_site()
    {
        var steps = Steps("build");
        var uses = steps.Select(s => Field(s, "uses")).ToList();
        var runs = steps.Select(s => Field(s, "run")).ToList();

        Assert.StartsWith("actions/checkout@", uses[0]);
        var dotnet = steps[uses.FindIndex(u => u.StartsWith("actions/setup-dotnet@", StringComparison.Ordinal))];
        Assert.StartsWith("10.", Scalar(Map(dotnet, "with"), "dotnet-version"));

        var test = runs.FindIndex(r => r.Trim() == "./test.sh");
        var configure = uses.FindIndex(u => u.StartsWith("actions/configure-pages@", StringComparison.Ordinal));
        var build = runs.FindIndex(r => r.Contains("./build.sh", StringComparison.Ordinal));
        var upload = uses.FindIndex(u => u.StartsWith("actions/upload-pages-artifact@", StringComparison.Ordinal));
        Assert.True(test >= 0 && configure > test && build > configure && upload > build, $"order: test {test}, configure {configure}, build {build}, upload {upload}");
        Assert.Contains("\n./test.sh\n", File.ReadAllText(Path.Combine(Repo.Root, "README.md")).ReplaceLineEndings("\n"));
        Assert.Equal("site", Scalar(Map(steps[upload], "with"), "path"));
    }

    [Fact]
    public void It_builds_on_the_address_pages_gives_with_no_yq()
    {
        var steps = Steps("build");
        var configure = steps.Single(s => Field(s, "uses").StartsWith("actions/configure-pages@", StringComparison.Ordinal));
        var build = steps.Single(s => Field(s, "run").Contains("./build.sh", StringComparison.Ordinal));

        // The URL and the repository pass through environment variables, never straight into the script.
        Assert.Equal("./build.sh --url \"$PAGES_URL\" --repository \"$REPOSITORY_URL\"", Field(build, "run").Trim());
        Assert.Equal($"${{{{ steps.{Scalar(configure, "id")}.outputs.base_url }}}}", Scalar(Map(build, "env"), "PAGES_URL"));
        Assert.Equal("${{ github.server_url }}/${{ github.repository }}", Scalar(Map(build, "env"), "REPOSITORY_URL"));
        Assert.DoesNotContain("yq", File.ReadAllText(WorkflowPath));
    }

    [Fact]
    public void It_reads_the_whole_history()
    {
        var checkout = Steps("build").Single(s => Field(s, "uses").StartsWith("actions/checkout@", StringComparison.Ordinal));
        Assert.Equal("0", Scalar(Map(checkout, "with"), "fetch-depth"));
    }

    [Fact]
    public void The_deploy_job_publishes_the_built_artifact_to_the_pages_environment()
    {
        var deploy = Map(Map(_workflow, "jobs"), "deploy");
        Assert.Equal("build", Scalar(deploy, "needs"));
        Assert.Equal("github-pages", Scalar(Map(deploy, "environment"), "name"));
        Assert.Contains(Steps("deploy"), s => Scalar(s, "uses").StartsWith("actions/deploy-pages@", StringComparison.Ordinal));
    }

    private static string Field(YamlMappingNode step, string key) =>
        step.Children.TryGetValue(new YamlScalarNode(key), out var value) ? ((YamlScalarNode)value).Value! : "";

    private List<YamlMappingNode> Steps(string job) =>
        Seq(Map(Map(_workflow, "jobs"), job), "steps").Cast<YamlMappingNode>().ToList();

    private static YamlMappingNode Load()
    {
        using var reader = new StreamReader(WorkflowPath);
        var stream = new YamlStream();
        stream.Load(reader);
        return (YamlMappingNode)stream.Documents[0].RootNode;
    }

    private static YamlMappingNode Map(YamlMappingNode node, string key) => (YamlMappingNode)node.Children[new YamlScalarNode(key)];

    private static string Scalar(YamlMappingNode node, string key) => ((YamlScalarNode)node.Children[new YamlScalarNode(key)]).Value!;

    private static IEnumerable<YamlNode> Seq(YamlMappingNode node, string key) => (YamlSequenceNode)node.Children[new YamlScalarNode(key)];
}
