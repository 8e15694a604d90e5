using System.Collections.Frozen;
using System.Reflection;
using System.Text;
using Hubwatch.Content;
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

        var dir = Path.Combine(Path.GetFullPath(settings.ContentDir), folder);
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
