using System.Collections.Frozen;
using System.Reflection;
using System.Text;
using Hubwatch.Content;
using Hubwatch.Diagnostics;
using Hubwatch.Validation;

namespace Hubwatch.Cli;

/// <summary>
/// <c>hubwatch new &lt;kind&gt; &lt;id&gt;</c>: writes a content file for a new record, every field explained in
/// comments. Required fields are left empty, so <c>hubwatch check</c> says what is still to fill in.
/// </summary>
public static class NewCommand
{
    /// <summary>The kinds that can be scaffolded, each with its folder under content/.</summary>
    public static readonly FrozenDictionary<string, string> Folders = new Dictionary<string, string>(StringComparer.Ordinal)
    {
        ["hub"] = "hubs",
        ["partner"] = "partners",
        ["program"] = "programs",
        ["agreement"] = "agreements",
        ["funding"] = "funding",
    }.ToFrozenDictionary(StringComparer.Ordinal);

    private static readonly UTF8Encoding Utf8 = new(encoderShouldEmitUTF8Identifier: false);

    public static int Run(NewSettings settings, TextWriter output, TextWriter error)
    {
        var kinds = string.Join(", ", Folders.Keys);
        if (settings is not { Kind: { } kind, Id: { } id })
        {
            error.WriteLine($"hubwatch: new needs a kind and an id, e.g. '{settings.CommandName} new partner jeonbuk-bank' (kinds: {kinds})");
            return ExitCodes.UsageOrInternal;
        }

        if (!Folders.TryGetValue(kind, out var folder))
        {
            error.WriteLine($"hubwatch: cannot make a '{kind}'; the kinds are {kinds}");
            return ExitCodes.UsageOrInternal;
        }

        if (!IdChecker.IsSlug(id))
        {
            error.WriteLine($"hubwatch: '{id}' cannot be an id: use lower-case ASCII letters, digits and single hyphens, at most {Slug.MaxLength} characters (e.g. 'jeonbuk-credit-guarantee-foundation')");
            return ExitCodes.UsageOrInternal;
        }

        // The kinds are named here as the checks name them, so the ids their lists take are the checks' own.
        var reserved = IdChecker.Reserved(kind);
        if (reserved.Contains(id))
        {
            error.WriteLine($"hubwatch: '{id}' is the name of one of the site's lists, whose page would be written where this {kind}'s page is; choose another id (these are taken: {string.Join(", ", reserved.Order(StringComparer.Ordinal))})");
            return ExitCodes.UsageOrInternal;
        }

        var content = Path.GetFullPath(settings.ContentDir);
        var here = Path.GetRelativePath(Directory.GetCurrentDirectory(), content).Replace('\\', '/');
        if (!File.Exists(Path.Combine(content, "site.yaml")))
        {
            // Run from another folder (inside content/, say), the file would land where nothing reads it.
            error.WriteLine($"hubwatch: {here}/ has no site.yaml, so it is not a portal's content folder; run this in the portal's folder, the one that holds content/, or give --content");
            return ExitCodes.UsageOrInternal;
        }

        var dir = Path.Combine(content, folder);
        var path = Path.Combine(dir, id + ".yaml");
        var shown = Path.GetRelativePath(Directory.GetCurrentDirectory(), path).Replace('\\', '/');
        if (File.Exists(path))
        {
            error.WriteLine($"hubwatch: {shown} already exists; choose another id, or edit that file");
            return ExitCodes.UsageOrInternal;
        }

        Directory.CreateDirectory(dir);
        var schema = Path.GetRelativePath(dir, Path.Combine(settings.Root, "schemas", kind + ".schema.json")).Replace('\\', '/');
        var text = Scaffold(kind)
            .Replace("{{id}}", id, StringComparison.Ordinal)
            .Replace("{{schema}}", schema, StringComparison.Ordinal)
            .Replace("{{command}}", settings.CommandName, StringComparison.Ordinal);
        using (var stream = new FileStream(path, FileMode.CreateNew, FileAccess.Write))
        {
            stream.Write(Utf8.GetBytes(text));
        }

        output.WriteLine($"Wrote {shown}. Fill in its empty fields, then run '{settings.CommandName} check'.");

        // An id one or two letters from one that exists is most often the same record misspelt.
        var close = Directory.GetFiles(dir, "*.yaml")
            .Select(Path.GetFileNameWithoutExtension)
            .OfType<string>()
            .Where(other => other != id && Suggest.Distance(other, id) <= 2)
            .Order(StringComparer.Ordinal)
            .ToArray();
        if (close.Length > 0)
        {
            var files = string.Join(" and ", close.Select(other => $"{Path.GetDirectoryName(shown)?.Replace('\\', '/')}/{other}.yaml"));
            var (has, one) = close.Length == 1 ? ("has an id", "it is") : ("have ids", "one is");
            error.WriteLine($"hubwatch: note: {files} {has} close to '{id}'; if {one} the same {kind}, edit it instead and delete the new file");
        }

        return ExitCodes.Ok;
    }

    private static string Scaffold(string kind)
    {
        using var stream = Assembly.GetExecutingAssembly().GetManifestResourceStream($"Hubwatch.Scaffolds.{kind}.yaml")
            ?? throw new InvalidOperationException($"the scaffold for '{kind}' is missing from the program");
        using var reader = new StreamReader(stream, Utf8);
        return reader.ReadToEnd();
    }
}
