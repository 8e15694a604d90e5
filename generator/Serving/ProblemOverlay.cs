using System.Collections.Immutable;
using System.Globalization;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Unicode;
using Hubwatch.Diagnostics;

namespace Hubwatch.Serving;

/// <summary>
/// The markup <c>serve</c> adds to the HTML it serves: the reload script on every page and, while the
/// latest build has errors, a panel listing them over the last good page. Nothing here is in the built
/// site. Scripts and styles are external files, so the site's Content-Security-Policy lets them run.
/// </summary>
public static class ProblemOverlay
{
    /// <summary>Where serve's own files live; outside any base path, so no page of the site can claim it.</summary>
    public const string Prefix = "/__hubwatch/";

    // Korean stays readable in the page source; only markup characters are escaped.
    private static readonly HtmlEncoder Encoder = HtmlEncoder.Create(UnicodeRanges.All);

    private static readonly UTF8Encoding Utf8 = new(encoderShouldEmitUTF8Identifier: false);

    /// <summary>The note under errors shown over a page of the last good build.</summary>
    public const string OverLastGoodBuild = "The page below is from the last good build. Fix the content and save; this page reloads by itself.";

    /// <summary>The note under errors when there has been no good build yet.</summary>
    public const string NoGoodBuild = "There is no good build to show yet. Fix the content and save; this page reloads by itself.";

    /// <summary>The note under a template's errors that stopped this page from being rendered.</summary>
    public const string PageFailed = "This page could not be rendered. Fix the template and save; this page reloads by itself.";

    /// <summary>
    /// The page with serve's markup inserted before its closing body tag: the <paramref name="errors"/> (if any)
    /// and the reload script, which knows the page's <paramref name="version"/> and the <paramref name="path"/> it was served at.
    /// </summary>
    public static byte[] Inject(byte[] html, ImmutableArray<Diagnostic> errors, string note, string version, string path)
    {
        var text = Utf8.GetString(html);
        var at = text.LastIndexOf("</body>", StringComparison.OrdinalIgnoreCase);
        var markup = Panel(errors, note) + Script(version, path);
        return Utf8.GetBytes(at < 0 ? text + markup : text.Insert(at, markup));
    }

    /// <summary>A page of its own for errors with no page to show them over.</summary>
    public static byte[] ErrorPage(ImmutableArray<Diagnostic> errors, string note, string version, string path) => Utf8.GetBytes(
        "<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n"
        + "<title>hubwatch: the build failed</title>\n</head>\n<body class=\"hubwatch-error-page\">\n"
        + Panel(errors, note) + Script(version, path) + "</body>\n</html>\n");

    private static string Panel(ImmutableArray<Diagnostic> errors, string note)
    {
        if (errors.IsEmpty)
        {
            return "";
        }

        var count = errors.Count(d => d.Severity == Severity.Error);
        var title = string.Create(CultureInfo.InvariantCulture, $"hubwatch: {count} {(count == 1 ? "error" : "errors")}");
        var lines = new StringBuilder();
        string? file = null;
        foreach (var diagnostic in errors)
        {
            if (file is not null && diagnostic.Where.Path != file)
            {
                lines.Append('\n');
            }

            file = diagnostic.Where.Path;
            foreach (var line in diagnostic.Format().Split('\n'))
            {
                lines.Append(Encoder.Encode(line)).Append('\n');
            }
        }

        return $"<link rel=\"stylesheet\" href=\"{Prefix}overlay.css\">\n"
            + "<aside id=\"hubwatch-problems\" class=\"hubwatch-problems\" role=\"alert\" lang=\"en\">\n<details open>\n"
            + $"<summary>{Encoder.Encode(title)}</summary>\n<pre>{lines}</pre>\n<p class=\"hubwatch-note\">{Encoder.Encode(note)}</p>\n</details>\n</aside>\n";
    }

    private static string Script(string version, string path) =>
        $"<script src=\"{Prefix}reload.js\" data-version=\"{Encoder.Encode(version)}\" data-events=\"{Prefix}events?path={Uri.EscapeDataString(path)}\" defer></script>\n";
}
