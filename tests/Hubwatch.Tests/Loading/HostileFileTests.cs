using System.Text;
using Hubwatch.Tests.Support;

namespace Hubwatch.Tests.Loading;

/// <summary>Files no editor means to write — binary, huge, odd encodings — get a clear answer, never a crash.</summary>
public sealed class HostileFileTests
{
    [Fact]
    public void A_binary_file_is_refused_by_name()
    {
        using var project = TempProject.FromBase();
        File.WriteAllBytes(Path.Combine(project.Content, "partners", "logo.yaml"), [0x89, 0x50, 0x4E, 0x47, 0x00, 0x01, 0xFF]);

        var result = project.Run("check", "--quiet");

        Assert.Equal(1, result.ExitCode);
        Assert.StartsWith("content/partners/logo.yaml:1:1: error: file is binary, not UTF-8 text\n", result.Stderr.ReplaceLineEndings("\n"));
    }

    [Fact]
    public void Text_that_is_not_utf8_is_refused_with_a_hint()
    {
        using var project = TempProject.FromBase();
        File.WriteAllBytes(Path.Combine(project.Content, "partners", "euc-kr.yaml"), Encoding.Latin1.GetBytes("id: x\nname: \u00e9\u00ff\n"));

        var result = project.Run("check", "--quiet");

        Assert.Contains("content/partners/euc-kr.yaml:1:1: error: file is not valid UTF-8", result.Stderr);
        Assert.Contains("hint: save the file as UTF-8", result.Stderr);
    }

    [Fact]
    public void A_fifty_megabyte_file_is_refused_without_being_parsed()
    {
        using var project = TempProject.FromBase();
        var path = Path.Combine(project.Content, "partners", "huge.yaml");
        using (var stream = File.Create(path))
        {
            stream.SetLength(50L * 1024 * 1024);
        }

        var result = project.Run("check", "--quiet");

        Assert.Equal(1, result.ExitCode);
        Assert.Contains("content/partners/huge.yaml:1:1: error: file is 51200 KiB; the limit is 2048 KiB", result.Stderr);
    }

    [Fact]
    public void A_byte_order_mark_and_windows_line_ends_are_read_as_plain_utf8_with_true_positions()
    {
        using var project = TempProject.FromBase();
        var path = Path.Combine(project.Content, "partners", "hanbit-city.yaml");
        var text = File.ReadAllText(path).Replace("\n", "\r\n").Replace("type: local-government", "type: city");
        File.WriteAllText(path, text, new UTF8Encoding(encoderShouldEmitUTF8Identifier: true));

        var result = project.Run("check", "--quiet");

        Assert.StartsWith("content/partners/hanbit-city.yaml:3:7: error: 'type' must be one of", result.Stderr);
        Assert.Equal(1, result.ExitCode);
    }

    [Fact]
    public void Korean_in_decomposed_form_matches_its_seed()
    {
        using var project = TempProject.FromBase();
        var path = Path.Combine(project.Content, "partners", "hanbit-city.yaml");
        var decomposed = File.ReadAllText(path).Normalize(NormalizationForm.FormD);
        Assert.NotEqual(File.ReadAllText(path), decomposed);
        File.WriteAllText(path, decomposed);

        var result = project.Run("check", "--quiet");

        Assert.Equal("", result.Stderr);
        Assert.Equal(0, result.ExitCode);
    }

    [Fact]
    public void A_template_syntax_error_is_reported_with_the_templates_file_and_line()
    {
        using var project = TempProject.FromBase();
        var templates = project.CopyTemplates();

        File.WriteAllText(Path.Combine(templates, "hubs.html"), "<h1>{{ page.title }}</h1>\n<p>{{ for hub in view.hubs }}{{ hub.name }}</p>\n");

        var result = project.RunWithTemplates(templates, "build", "--quiet");

        Assert.Equal(1, result.ExitCode);
        Assert.Matches(@"templates/hubs\.html:2:\d+: error: template: ", result.Stderr);
        Assert.DoesNotContain("   at ", result.Stderr);
        Assert.False(Directory.Exists(project.Output));
    }

    [Fact]
    public void A_template_asking_for_interface_text_that_neither_language_has_is_reported_where_it_asks()
    {
        using var project = TempProject.FromBase();
        var templates = project.CopyTemplates();
        File.WriteAllText(
            Path.Combine(templates, "hubs.html"),
            "<h1>{{ page.title }}</h1>\n  <p>{{ t.nav.hubs }} · {{ t.narrow.no_such_text }}</p>\n{{ for s in t.funder_kind }}{{ s.key }}{{ end }}\n" +
            "{{ for t in [] }}{{ t.name }}{{ end }}\n<p>{{ count \"partners.count\" 2 }} {{ count \"partners.no_such_count\" 3 }}</p>\n");

        var result = project.RunWithTemplates(templates, "build", "--quiet");

        // The texts that exist (a text, a group of texts, a count's wording) pass, and so does a loop's own t; those
        // that do not are named where the template reads them, a column counting the line's indentation.
        Assert.Equal(1, result.ExitCode);
        Assert.Equal(
            [
                "templates/hubs.html:2:28: error: template: interface text 'narrow.no_such_text' is in neither templates/i18n/ko.yaml nor templates/i18n/en.yaml",
                "templates/hubs.html:5:44: error: template: interface text 'partners.no_such_count' is in neither templates/i18n/ko.yaml nor templates/i18n/en.yaml",
            ],
            result.Stderr.Split('\n').Where(line => line.Contains(": error: ", StringComparison.Ordinal)));
        Assert.False(Directory.Exists(project.Output));
    }
}
