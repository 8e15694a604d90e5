using Hubwatch.Tests.Support;

namespace Hubwatch.Tests.Loading;

/// <summary>Content is what is in the repository: a symbolic link anywhere the generator reads is refused, never followed.</summary>
public sealed class SymbolicLinkTests
{
    [Fact]
    public void A_seed_linked_to_a_file_outside_the_repository_is_refused_and_nothing_is_published_or_printed()
    {
        using var project = TempProject.FromBase();
        Assert.Equal(0, project.Run("build", "--quiet").ExitCode);
        var before = project.SiteFiles();
        using var outside = new TempProject();
        var secret = Path.Combine(outside.Root, "secret.txt");
        File.WriteAllText(secret, "총 12.5억원을 투입할 계획이다. MACHINE-SECRET-7d1f\n");
        var seed = Path.Combine(project.Root, "seeds", "100_fixture.txt");
        File.Delete(seed);
        File.CreateSymbolicLink(seed, secret);

        var result = project.Run("build");

        Assert.Equal(1, result.ExitCode);
        Assert.Equal(
            $"""
            seeds/100_fixture.txt: error: symbolic link to {secret}; links are not followed
              hint: put the file or folder itself in the repository
            1 error(s); the site was not written, the previous one is unchanged.

            """,
            result.Stderr.ReplaceLineEndings("\n"));
        var after = project.SiteFiles();
        Assert.Equal(before.Keys.Order(), after.Keys.Order());
        Assert.All(before, file => Assert.Equal(file.Value, after[file.Key]));
        Assert.DoesNotContain(after.Values, bytes => System.Text.Encoding.UTF8.GetString(bytes).Contains("MACHINE-SECRET", StringComparison.Ordinal));
    }

    [Fact]
    public void A_content_folder_that_links_to_itself_is_named_once()
    {
        using var project = TempProject.FromBase();
        Directory.CreateSymbolicLink(Path.Combine(project.Content, "partners", "more"), ".");
        Directory.CreateSymbolicLink(Path.Combine(project.Content, "funding-again"), "../content");

        var result = project.Run("check");

        Assert.Equal(1, result.ExitCode);
        Assert.Equal(
            """
            content/funding-again: error: symbolic link to ../content; links are not followed
              hint: put the file or folder itself in the repository

            content/partners/more: error: symbolic link to .; links are not followed
              hint: put the file or folder itself in the repository
            2 error(s); check failed.

            """,
            result.Stderr.ReplaceLineEndings("\n"));
    }

    [Fact]
    public void A_link_among_the_templates_or_a_linked_seeds_folder_is_refused()
    {
        using var project = TempProject.FromBase();
        var templates = project.CopyTemplates();
        var style = Path.Combine(templates, "assets", "style.css");
        File.Delete(style);
        File.CreateSymbolicLink(style, "/etc/hostname");
        var seeds = Path.Combine(project.Root, "seeds");
        Directory.Move(seeds, Path.Combine(project.Root, "real-seeds"));
        Directory.CreateSymbolicLink(seeds, "real-seeds");

        var result = project.RunWithTemplates(templates, "build");

        Assert.Equal(1, result.ExitCode);
        Assert.Equal(
            """
            seeds: error: the seeds folder is a symbolic link to real-seeds; links are not followed
              hint: make seeds/ a folder in the repository

            templates/assets/style.css: error: symbolic link to /etc/hostname; links are not followed
              hint: put the file or folder itself in the repository
            2 error(s); the site was not written, the previous one is unchanged.

            """,
            result.Stderr.ReplaceLineEndings("\n"));
        Assert.False(Directory.Exists(project.Output));
    }
}
