using Hubwatch.Content;

namespace Hubwatch.History;

/// <summary>
/// Names what has a history, the same way for git paths and for the site model: <c>hubs/&lt;id&gt;</c> (one per
/// record folder), <c>seeds/&lt;id&gt;</c> (a seed's text and metadata together), <c>pages/&lt;id&gt;.&lt;lang&gt;</c> and <c>site</c>.
/// </summary>
public static class HistoryKeys
{
    public const string Site = "site";

    public const string Seeds = "seeds";

    public const string Pages = "pages";

    public static string Record(string folder, string id) => folder + "/" + id;

    public static string Seed(string id) => Seeds + "/" + id;

    public static string Page(string id, string languageCode) => $"{Pages}/{id}.{languageCode}";

    /// <summary>The key whose history a text page shows: its own file's, or, while its translation is pending, the Korean file's, which stands in for it.</summary>
    public static string Page(TextPage page) => Page(page.Id, (page.IsTranslationPending ? Language.Ko : page.Language).Code());

    /// <summary>The folder of a key (<c>hubs</c> for <c>hubs/jeonju</c>; <c>site</c> for <c>site</c>).</summary>
    public static string FolderOf(string key)
    {
        var slash = key.IndexOf('/', StringComparison.Ordinal);
        return slash < 0 ? key : key[..slash];
    }

    /// <summary>The id part of a key (<c>jeonju</c> for <c>hubs/jeonju</c>).</summary>
    public static string IdOf(string key)
    {
        var slash = key.IndexOf('/', StringComparison.Ordinal);
        return slash < 0 ? key : key[(slash + 1)..];
    }

    /// <summary>The key of a file, given its path relative to the content folder; null for files that are not content.</summary>
    public static string? OfContentFile(string relative)
    {
        if (relative == "site.yaml")
        {
            return Site;
        }

        var parts = relative.Split('/');
        if (parts.Length != 2)
        {
            return null;
        }

        if (parts[0] == Pages && parts[1].EndsWith(".md", StringComparison.Ordinal))
        {
            return Pages + "/" + parts[1][..^".md".Length];
        }

        return parts[1].EndsWith(".yaml", StringComparison.Ordinal) && Loading.RecordTextReader.Folders.Contains(parts[0])
            ? Record(parts[0], parts[1][..^".yaml".Length])
            : null;
    }

    /// <summary>The key of a file, given its path relative to the seeds folder; null for anything but a seed's text or metadata.</summary>
    public static string? OfSeedFile(string relative) =>
        !relative.Contains('/', StringComparison.Ordinal) && (relative.EndsWith(".txt", StringComparison.Ordinal) || relative.EndsWith(".yaml", StringComparison.Ordinal))
            ? Seed(Path.GetFileNameWithoutExtension(relative))
            : null;
}
