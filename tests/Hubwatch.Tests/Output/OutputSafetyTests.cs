using Hubwatch.Output;
using Hubwatch.Tests.Support;

namespace Hubwatch.Tests.Output;

/// <summary>A build replaces its output folder whole, so it must refuse every folder an earlier build did not write.</summary>
public sealed class OutputSafetyTests
{
    private static Dictionary<string, byte[]> Snapshot(string folder) =>
        Directory.EnumerateFiles(folder, "*", SearchOption.AllDirectories)
            .ToDictionary(f => Path.GetRelativePath(folder, f), File.ReadAllBytes);

    private static void AssertUnchanged(Dictionary<string, byte[]> before, string folder)
    {
        var after = Snapshot(folder);
        Assert.Equal(before.Keys.Order(), after.Keys.Order());
        Assert.All(before, file => Assert.Equal(file.Value, after[file.Key]));
    }

    [Fact]
    public void An_output_pointed_at_the_content_folder_is_refused_and_nothing_is_deleted()
    {
        using var project = TempProject.FromBase();
        var before = Snapshot(project.Content);

        var result = project.RunWithoutOutput("build", "--output", "content");

        Assert.Equal(2, result.ExitCode);
        Assert.Equal("hubwatch: refusing to write the site to content: it is the content folder. Nothing was changed.\n", result.Stderr.ReplaceLineEndings("\n"));
        AssertUnchanged(before, project.Content);
        Assert.Empty(Directory.EnumerateFileSystemEntries(project.Root, ".content*"));
    }

    [Fact]
    public void An_output_pointed_at_the_project_root_is_refused_and_nothing_is_deleted()
    {
        using var project = TempProject.FromBase();
        var before = Snapshot(project.Root);

        var result = project.RunWithoutOutput("build", "--output", ".");

        Assert.Equal(2, result.ExitCode);
        Assert.Equal("hubwatch: refusing to write the site to .: it is the project root (the folder holding content/). Nothing was changed.\n", result.Stderr.ReplaceLineEndings("\n"));
        AssertUnchanged(before, project.Root);
    }

    [Fact]
    public void An_output_that_holds_the_project_is_refused()
    {
        using var project = TempProject.FromBase();
        var parent = Path.GetDirectoryName(project.Root)!;

        var result = project.RunWithoutOutput("build", "--output", parent);

        Assert.Equal(2, result.ExitCode);
        Assert.Equal($"hubwatch: refusing to write the site to {parent}: it holds the content folder {Path.GetFileName(project.Root)}/content/. Nothing was changed.\n", result.Stderr.ReplaceLineEndings("\n"));
        Assert.True(File.Exists(Path.Combine(project.Content, "site.yaml")));
    }

    [Fact]
    public void An_output_inside_the_seeds_folder_is_refused()
    {
        using var project = TempProject.FromBase();

        var result = project.RunWithoutOutput("build", "--output", "seeds/site");

        Assert.Equal(2, result.ExitCode);
        Assert.Equal("hubwatch: refusing to write the site to seeds/site: it is inside the seeds folder. Nothing was changed.\n", result.Stderr.ReplaceLineEndings("\n"));
        Assert.False(Directory.Exists(Path.Combine(project.Root, "seeds", "site")));
    }

    [Fact]
    public void An_output_pointed_at_the_templates_folder_is_refused()
    {
        using var project = TempProject.FromBase();
        var templates = project.CopyTemplates();
        var before = Snapshot(templates);

        var result = project.RunWithoutOutput("build", "--templates", "templates", "--output", "templates");

        Assert.Equal(2, result.ExitCode);
        Assert.Equal("hubwatch: refusing to write the site to templates: it is the templates folder. Nothing was changed.\n", result.Stderr.ReplaceLineEndings("\n"));
        AssertUnchanged(before, templates);
    }

    [Fact]
    public void The_filesystem_root_and_a_home_folder_are_refused()
    {
        using var project = TempProject.FromBase();

        var root = project.RunWithoutOutput("build", "--output", "/");
        Assert.Equal(2, root.ExitCode);
        Assert.Equal("hubwatch: refusing to write the site to /: it is the filesystem root. Nothing was changed.\n", root.Stderr.ReplaceLineEndings("\n"));

        var home = OutputGuard.Real(Environment.GetFolderPath(Environment.SpecialFolder.UserProfile));
        var atHome = project.RunWithoutOutput("build", "--output", home);
        Assert.Equal(2, atHome.ExitCode);
        Assert.Equal($"hubwatch: refusing to write the site to {home}: it is a home folder. Nothing was changed.\n", atHome.Stderr.ReplaceLineEndings("\n"));
    }

    [Fact]
    public void A_non_empty_folder_no_build_wrote_is_refused_and_its_files_are_kept()
    {
        using var project = TempProject.FromBase();
        project.Write("docs/notes.md", "# Notes\n");
        project.Write("docs/index.html", "<p>mine</p>\n");
        var before = Snapshot(Path.Combine(project.Root, "docs"));

        var result = project.RunWithoutOutput("build", "--output", "docs");

        Assert.Equal(2, result.ExitCode);
        Assert.Equal("hubwatch: refusing to write the site to docs: it is not empty and has no .hubwatch-site file, so no earlier build wrote it; empty it, remove it or choose another folder. Nothing was changed.\n", result.Stderr.ReplaceLineEndings("\n"));
        AssertUnchanged(before, Path.Combine(project.Root, "docs"));
    }

    [Fact]
    public void An_output_that_is_a_symbolic_link_is_refused()
    {
        using var project = TempProject.FromBase();
        Directory.CreateSymbolicLink(Path.Combine(project.Root, "out"), project.Content);

        var result = project.RunWithoutOutput("build", "--output", "out");

        Assert.Equal(2, result.ExitCode);
        Assert.Equal($"hubwatch: refusing to write the site to out: it is a symbolic link to {project.Content}; give the folder itself. Nothing was changed.\n", result.Stderr.ReplaceLineEndings("\n"));
        Assert.True(File.Exists(Path.Combine(project.Content, "site.yaml")));
    }

    [Fact]
    public void A_build_writes_the_marker_and_replaces_its_own_folder_and_an_empty_one()
    {
        using var project = TempProject.FromBase();
        Directory.CreateDirectory(project.Output);

        Assert.Equal(0, project.Run("build", "--quiet").ExitCode);
        Assert.Equal(OutputGuard.MarkerText, File.ReadAllText(Path.Combine(project.Output, ".hubwatch-site")));
        File.WriteAllText(Path.Combine(project.Output, "stale.html"), "old");

        Assert.Equal(0, project.Run("build", "--quiet").ExitCode);
        Assert.False(File.Exists(Path.Combine(project.Output, "stale.html")));
        Assert.True(File.Exists(Path.Combine(project.Output, "index.html")));
    }

    [Fact]
    public void The_default_site_folder_of_a_build_before_the_marker_is_still_replaced_but_not_when_named_with_output()
    {
        using var project = TempProject.FromBase();
        Assert.Equal(0, project.Run("build", "--quiet").ExitCode);
        File.Delete(Path.Combine(project.Output, ".hubwatch-site"));

        // Given with --output, the unmarked folder is refused even though it looks like a site.
        var named = project.Run("build", "--quiet");
        Assert.Equal(2, named.ExitCode);
        Assert.Contains("it is not empty and has no .hubwatch-site file", named.Stderr);

        // As the default site/ beside content/, a folder with a Hubwatch build's own files is replaced.
        var result = project.RunWithoutOutput("build", "--quiet");
        Assert.Equal(0, result.ExitCode);
        Assert.True(File.Exists(Path.Combine(project.Output, ".hubwatch-site")));

        // A default site/ with anything else in it is not.
        Directory.Delete(project.Output, recursive: true);
        project.Write("site/index.html", "<p>hand-made</p>");
        var foreign = project.RunWithoutOutput("build", "--quiet");
        Assert.Equal(2, foreign.ExitCode);
        Assert.Equal("<p>hand-made</p>", File.ReadAllText(Path.Combine(project.Output, "index.html")));
    }

    [Fact]
    public void Only_staging_folders_a_build_left_are_cleaned_up()
    {
        using var project = TempProject.FromBase();
        project.Write(".site-new-123/mine.txt", "not a build's");
        project.Write(".site-new-notes/mine.txt", "not a build's");
        project.Write(".site-new-456/.hubwatch-site", OutputGuard.MarkerText);

        Assert.Equal(0, project.Run("build", "--quiet").ExitCode);

        Assert.True(File.Exists(Path.Combine(project.Root, ".site-new-123", "mine.txt")));
        Assert.True(File.Exists(Path.Combine(project.Root, ".site-new-notes", "mine.txt")));
        Assert.False(Directory.Exists(Path.Combine(project.Root, ".site-new-456")));
    }
}
