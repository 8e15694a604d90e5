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
        var uses = steps.Select(s => s.Children.TryGetValue(new YamlScalarNode("uses"), out var u) ? ((YamlScalarNode)u).Value! : "").ToList();
        var runs = steps.Select(s => s.Children.TryGetValue(new YamlScalarNode("run"), out var r) ? ((YamlScalarNode)r).Value! : "").ToList();

        Assert.StartsWith("actions/checkout@", uses[0]);
        var dotnet = steps[uses.FindIndex(u => u.StartsWith("actions/setup-dotnet@", StringComparison.Ordinal))];
        Assert.StartsWith("10.", Scalar(Map(dotnet, "with"), "dotnet-version"));

        var test = runs.FindIndex(r => r.Trim() == "dotnet test Hubwatch.slnx");
        var configure = uses.FindIndex(u => u.StartsWith("actions/configure-pages@", StringComparison.Ordinal));
        var build = runs.FindIndex(r => r.Contains("./build.sh", StringComparison.Ordinal));
        var upload = uses.FindIndex(u => u.StartsWith("actions/upload-pages-artifact@", StringComparison.Ordinal));
        Assert.True(test >= 0 && configure > test && build > configure && upload > build, $"order: test {test}, configure {configure}, build {build}, upload {upload}");
        Assert.Contains("dotnet test Hubwatch.slnx", File.ReadAllText(Path.Combine(Repo.Root, "README.md")));
        Assert.Equal("site", Scalar(Map(steps[upload], "with"), "path"));
    }

    [Fact]
    public void It_builds_under_the_pages_base_path_unless_site_yaml_names_a_domain()
    {
        var steps = Steps("build");
        var configure = steps.Single(s => s.Children.TryGetValue(new YamlScalarNode("uses"), out var u) && ((YamlScalarNode)u).Value!.StartsWith("actions/configure-pages@", StringComparison.Ordinal));
        var id = Scalar(configure, "id");
        var build = steps.Select(s => s.Children.TryGetValue(new YamlScalarNode("run"), out var r) ? ((YamlScalarNode)r).Value! : "").Single(r => r.Contains("./build.sh", StringComparison.Ordinal));

        Assert.Contains($"--base-path \"${{{{ steps.{id}.outputs.base_path }}}}/\"", build);
        Assert.Contains(".domain", build);
        Assert.Contains("content/site.yaml", build);
        // With a domain the build passes no --base-path, so the generator's rule (domain → /) decides.
        Assert.Contains(build.Split('\n'), line => line.Trim() == "./build.sh");
    }

    [Fact]
    public void The_deploy_job_publishes_the_built_artifact_to_the_pages_environment()
    {
        var deploy = Map(Map(_workflow, "jobs"), "deploy");
        Assert.Equal("build", Scalar(deploy, "needs"));
        Assert.Equal("github-pages", Scalar(Map(deploy, "environment"), "name"));
        Assert.Contains(Steps("deploy"), s => Scalar(s, "uses").StartsWith("actions/deploy-pages@", StringComparison.Ordinal));
    }

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
