using System.Diagnostics;
using System.Text.Json;

namespace Hubwatch.BrowserTests.Support;

/// <summary>
/// The Nu Html Checker (vnu.jar from the npm package <c>vnu-jar</c>, installed into tests/tools by
/// <c>npm ci</c>), run with the machine's Java. Returns its errors as "file:line:column: message".
/// </summary>
public static class NuHtmlChecker
{
    public static string JarPath => Path.Combine(Repo.Tools, "node_modules", "vnu-jar", "build", "dist", "vnu.jar");

    /// <summary>Checks HTML files, and CSS and SVG files too; paths in the result are relative to <paramref name="root"/>.</summary>
    public static IReadOnlyList<string> Errors(string root, IReadOnlyCollection<string> files)
    {
        if (!File.Exists(JarPath))
        {
            throw new InvalidOperationException(
                $"the Nu Html Checker is not installed ({JarPath} is missing): run 'npm ci --ignore-scripts' in tests/tools (.ci/run and the test project's build do).");
        }

        // HTML is checked in a run of its own: with --also-check-css or --also-check-svg, vnu 26.9 reports
        // HTML errors one line too early.
        var html = files.Where(f => f.EndsWith(".html", StringComparison.Ordinal)).ToList();
        var other = files.Except(html).ToList();
        var errors = new List<string>();
        if (html.Count > 0)
        {
            errors.AddRange(Run(root, html));
        }

        if (other.Count > 0)
        {
            errors.AddRange(Run(root, other, "--also-check-css", "--also-check-svg"));
        }

        return errors;
    }

    private static List<string> Run(string root, IEnumerable<string> files, params string[] options)
    {
        var start = new ProcessStartInfo("java")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var arg in new[] { "-jar", JarPath, "--errors-only", "--format", "json" }.Concat(options).Concat(files.Select(f => Path.Combine(root, f))))
        {
            start.ArgumentList.Add(arg);
        }

        Process process;
        try
        {
            process = Process.Start(start)!;
        }
        catch (System.ComponentModel.Win32Exception e)
        {
            throw new InvalidOperationException($"cannot run java ({e.Message}): the Nu Html Checker needs a Java runtime (apt-get install default-jre-headless; .ci/run does).", e);
        }

        using (process)
        {
            // vnu writes its report to stderr; read both streams at once so neither pipe fills up and blocks.
            var stdout = process.StandardOutput.ReadToEndAsync();
            var stderr = process.StandardError.ReadToEndAsync();
            process.WaitForExit();
            return Parse(stderr.Result, root, stdout.Result);
        }
    }

    private static List<string> Parse(string json, string root, string stdout)
    {
        JsonDocument report;
        try
        {
            report = JsonDocument.Parse(json);
        }
        catch (JsonException)
        {
            throw new InvalidOperationException($"the Nu Html Checker did not answer with a JSON report:\n{json}\n{stdout}");
        }

        using (report)
        {
            return report.RootElement.GetProperty("messages").EnumerateArray()
                .Select(m =>
                {
                    // vnu names a file "file:/abs/path"; show it relative to the checked folder.
                    var url = m.TryGetProperty("url", out var u) ? u.GetString()! : "?";
                    if (url.StartsWith("file:", StringComparison.Ordinal))
                    {
                        url = Path.GetRelativePath(root, Uri.UnescapeDataString(url["file:".Length..]).Replace('/', Path.DirectorySeparatorChar)).Replace('\\', '/');
                    }

                    var line = m.TryGetProperty("lastLine", out var l) ? l.GetInt32() : 0;
                    var column = m.TryGetProperty("firstColumn", out var c) ? c.GetInt32() : m.TryGetProperty("lastColumn", out var lc) ? lc.GetInt32() : 0;
                    return $"{url}:{line}:{column}: {m.GetProperty("type").GetString()}: {m.GetProperty("message").GetString()}";
                })
                .ToList();
        }
    }
}
