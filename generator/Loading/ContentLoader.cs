using System.Collections.Immutable;
using System.Text;
using Hubwatch.Content;
using Hubwatch.Diagnostics;
using Markdig;
using Markdig.Extensions.Yaml;
using Markdig.Syntax;

namespace Hubwatch.Loading;

/// <summary>
/// Loads <c>content/</c> and <c>seeds/</c> into a <see cref="ContentSet"/>, reporting every problem it meets.
/// With a <see cref="FileCache"/>, a file that has not changed since the last load is not read again.
/// </summary>
public sealed class ContentLoader(ContentPaths paths, FileCache? cache = null)
{
    private readonly StringPool _strings = new();

    private static readonly MarkdownPipeline FrontMatterPipeline = new MarkdownPipelineBuilder().UseYamlFrontMatter().Build();

    public ContentSet Load(DiagnosticBag bag)
    {
        var site = LoadSite(bag);
        var unreadable = new System.Collections.Concurrent.ConcurrentBag<string>();
        _unreadable = unreadable;
        return new ContentSet(
            site,
            LoadSeeds(bag),
            LoadRecords("hubs", bag, RecordReaders.Hub),
            LoadRecords("programs", bag, RecordReaders.Program),
            LoadRecords("partners", bag, RecordReaders.Partner),
            LoadRecords("agreements", bag, RecordReaders.Agreement),
            LoadRecords("funding", bag, RecordReaders.Funding),
            LoadPages(bag)) { Unreadable = [.. unreadable] };
    }

    private System.Collections.Concurrent.ConcurrentBag<string> _unreadable = [];

    private SiteConfig LoadSite(DiagnosticBag bag)
    {
        var path = Path.Combine(paths.ContentDir, "site.yaml");
        var display = paths.Display(path);
        var fallback = new SiteConfig(LocalizedText.Same("Hubwatch"), LocalizedText.Same(""), "/", null, "", LocalizedText.Same(""), LocalizedText.Same(""), SourceLocation.File(display));
        if (!File.Exists(path))
        {
            bag.Error(SourceLocation.File(display), "site.yaml is missing", "every content folder needs site.yaml with the portal's title");
            return fallback;
        }

        return Read([path], bag, own => ReadMap(path, display, own) is { } map ? RecordReaders.Site(map) : null) ?? fallback;
    }

    private ImmutableArray<Seed> LoadSeeds(DiagnosticBag bag)
    {
        if (!Directory.Exists(paths.SeedsDir))
        {
            bag.Error(SourceLocation.File(paths.Display(paths.SeedsDir)), "the seeds folder is missing");
            return [];
        }

        var texts = Listed(paths.SeedsDir, "*.txt");
        var metadata = Listed(paths.SeedsDir, "*.yaml");
        return cache is null
            ? ReadSeeds(texts, metadata, bag)
            : cache.GetOrReadAll(paths.SeedsDir, [.. texts, .. metadata], bag, own => ReadSeeds(texts, metadata, own), SameRecords);
    }

    private ImmutableArray<Seed> ReadSeeds(string[] texts, string[] metadata, DiagnosticBag bag)
    {
        var seeds = new List<Seed>();
        foreach (var textPath in texts)
        {
            var metaPath = Path.ChangeExtension(textPath, ".yaml");
            if (Read([textPath, metaPath], bag, own => ReadSeed(textPath, metaPath, own)) is { } seed)
            {
                seeds.Add(seed);
            }
        }

        var listed = texts.ToHashSet(StringComparer.Ordinal);
        foreach (var metaPath in metadata)
        {
            // The listing answers for nearly every file; only a name it does not hold is looked up.
            var textPath = Path.ChangeExtension(metaPath, ".txt");
            if (!listed.Contains(textPath) && !File.Exists(textPath))
            {
                bag.Error(SourceLocation.File(paths.Display(metaPath)), "metadata without a seed document", $"add {Path.GetFileNameWithoutExtension(metaPath)}.txt beside it");
            }
        }

        return [.. seeds];
    }

    private Seed? ReadSeed(string textPath, string metaPath, DiagnosticBag bag)
    {
        var id = Path.GetFileNameWithoutExtension(textPath);
        var text = SourceFileReader.ReadText(textPath, paths.Display(textPath), bag);
        if (text is null)
        {
            return null;
        }

        if (!File.Exists(metaPath))
        {
            bag.Error(SourceLocation.File(paths.Display(textPath)), $"seed '{id}' has no metadata file", $"create {paths.Display(metaPath)} with publisher, title, published and kind");
            return null;
        }

        var map = ReadMap(metaPath, paths.Display(metaPath), bag);
        return map is null ? null : RecordReaders.Seed(map, id, text.Normalize(NormalizationForm.FormC));
    }

    private ImmutableArray<T> LoadRecords<T>(string folder, DiagnosticBag bag, Func<YamlMap, string, T?> read)
        where T : class
    {
        var dir = Path.Combine(paths.ContentDir, folder);
        if (!Directory.Exists(dir))
        {
            return [];
        }

        UnexpectedFolders(dir, $"content/{folder}/", "a record is content/" + folder + "/<id>.yaml", bag);
        var files = Listed(dir, "*");
        if (files.Length > SourceFileReader.MaxFilesPerFolder)
        {
            bag.Error(SourceLocation.File(paths.Display(dir)), $"content/{folder}/ holds {files.Length} files; the limit is {SourceFileReader.MaxFilesPerFolder}", "split the portal, or raise the limit in SourceFileReader if the machine can take it");
            return [];
        }
        var (records, unreadable) = cache is null
            ? ReadRecords(folder, files, bag, read)
            : cache.GetOrReadAll(dir, files, bag, own => ReadRecords(folder, files, own, read), static (last, now) => SameRecords(last.Records, now.Records) && last.Unreadable.ToHashSet().SetEquals(now.Unreadable));
        foreach (var id in unreadable)
        {
            _unreadable.Add(id);
        }

        return records;
    }

    /// <summary>The records of one folder, and the files among them that could not be read at all (as <c>folder/id</c>).</summary>
    private (ImmutableArray<T> Records, string[] Unreadable) ReadRecords<T>(string folder, string[] files, DiagnosticBag bag, Func<YamlMap, string, T?> read)
        where T : class
    {
        var records = new T?[files.Length];
        var unreadable = new System.Collections.Concurrent.ConcurrentBag<string>();
        Parallel.For(0, files.Length, i =>
        {
            var file = files[i];
            if (!file.EndsWith(".yaml", StringComparison.Ordinal))
            {
                bag.Error(SourceLocation.File(paths.Display(file)), $"unexpected file in content/{folder}/", "records are YAML files named <id>.yaml");
                return;
            }

            records[i] = Read([file], bag, own => ReadMap(file, paths.Display(file), own) is { } map ? read(map, Path.GetFileNameWithoutExtension(file)) : null);
            if (records[i] is null)
            {
                unreadable.Add($"{folder}/{Path.GetFileNameWithoutExtension(file)}");
            }
        });

        var loaded = ImmutableArray.CreateBuilder<T>(files.Length);
        foreach (var record in records)
        {
            if (record is not null)
            {
                loaded.Add(record);
            }
        }

        return (loaded.DrainToImmutable(), [.. unreadable]);
    }

    /// <summary>Whether two loads gave the same records, instance for instance (every file reused from the cache).</summary>
    private static bool SameRecords<T>(ImmutableArray<T> last, ImmutableArray<T> now)
        where T : class
    {
        if (last.Length != now.Length)
        {
            return false;
        }

        for (var i = 0; i < last.Length; i++)
        {
            if (!ReferenceEquals(last[i], now[i]))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>
    /// A folder inside a kind's folder is an error: nothing in it is read, so a record saved there would vanish from the
    /// site without a word.
    /// </summary>
    private void UnexpectedFolders(string dir, string shown, string layout, DiagnosticBag bag)
    {
        foreach (var folder in Directory.GetDirectories(dir).Order(StringComparer.Ordinal))
        {
            bag.Error(SourceLocation.File(paths.Display(folder)), $"unexpected folder in {shown}: nothing in it is read", $"{layout}; move its files up into {shown}");
        }
    }

    /// <summary>The files in a folder matching a pattern, in ordinal order of their paths; serve's cache gives its last listing while the folder is unchanged.</summary>
    private string[] Listed(string dir, string pattern) => cache is null ? ListNow(dir, pattern) : cache.Listed(dir, pattern, ListNow);

    private static string[] ListNow(string dir, string pattern)
    {
        var files = Directory.GetFiles(dir, pattern);
        Array.Sort(files, StringComparer.Ordinal);
        return files;
    }

    private ImmutableArray<TextPage> LoadPages(DiagnosticBag bag)
    {
        var dir = Path.Combine(paths.ContentDir, "pages");
        if (!Directory.Exists(dir))
        {
            return [];
        }

        UnexpectedFolders(dir, "content/pages/", "a page is content/pages/<id>.ko.md or <id>.en.md", bag);
        var pages = new List<TextPage>();
        foreach (var file in Listed(dir, "*"))
        {
            var display = paths.Display(file);
            var name = Path.GetFileName(file);
            var parts = name.Split('.');
            if (parts.Length != 3 || parts[2] != "md" || parts[1] is not ("ko" or "en"))
            {
                bag.Error(SourceLocation.File(display), "page files are named <id>.ko.md or <id>.en.md");
                continue;
            }

            var language = parts[1] == "ko" ? Language.Ko : Language.En;
            var page = Read([file], bag, own => SourceFileReader.ReadText(file, display, own) is { } text ? ReadPage(text, display, parts[0], language, own) : null);
            if (page is not null)
            {
                pages.Add(page);
            }
        }

        // A Korean page marked untranslated stands in for its missing English twin, which then says so.
        foreach (var pending in pages.Where(p => p.IsTranslationPending).ToList())
        {
            if (pages.Any(p => p.Id == pending.Id && p.Language == Language.En))
            {
                bag.Warning(pending.Where, $"page '{pending.Id}' is marked untranslated but its English page exists", "remove the untranslated line");
            }
            else
            {
                pages.Add(pending with { Language = Language.En });
            }
        }

        return [.. pages];
    }

    private TextPage? ReadPage(string text, string display, string id, Language language, DiagnosticBag bag)
    {
        SourceFileReader.WarnInvisible(text, display, bag);
        if (!MarkdownNestingCheck.Check(text, display, 1, 1, bag))
        {
            // The error stops the build before rendering; the page is still read up to the runaway line, so
            // its title and id count and nothing else is reported about it.
            var deepLine = MarkdownNestingCheck.Find(text)!.Value.Line;
            text = string.Join('\n', text.Split('\n').Take(deepLine));
        }

        MarkdownDocument document;
        try
        {
            document = Markdown.Parse(text, FrontMatterPipeline);
        }
        catch (ArgumentException e)
        {
            // Markdig's own depth limit, for nesting the check above did not foresee.
            bag.Error(new SourceLocation(display, 1, 1), "Markdown nested too deep to read: " + e.Message.TrimEnd('.'), "pages need a few levels of quotes, lists and emphasis");
            return null;
        }

        if (document.FirstOrDefault() is not YamlFrontMatterBlock frontMatter)
        {
            bag.Error(new SourceLocation(display, 1, 1), "page has no front matter", "start the file with ---, a line 'title: …', and ---");
            return null;
        }

        // Markdig lines are 0-based and the block's first line is the opening '---'.
        var yaml = frontMatter.Lines.ToString();
        var root = SourceFileReader.ParseMapping(yaml, display, bag, lineOffset: frontMatter.Line + 1);
        if (root is null)
        {
            return null;
        }

        var map = new YamlMap(root, display, bag, _strings, lineOffset: frontMatter.Line + 1);
        var title = map.String("title");
        var isPending = map.Bool("untranslated");
        if (isPending && language != Language.Ko)
        {
            map.Error("only the Korean page can be marked untranslated (it means the English page is not written yet)", "untranslated");
        }

        map.ReportUnknownKeys();
        var bodyStart = frontMatter.Span.End + 1;
        var body = bodyStart < text.Length ? text[bodyStart..] : "";
        var bodyLine = text[..Math.Min(bodyStart, text.Length)].Count(c => c == '\n') + 1;
        return title is null ? null : new TextPage(id, language, title, body.Normalize(NormalizationForm.FormC), bodyLine, new SourceLocation(display, 1, 1)) { IsTranslationPending = isPending };
    }

    private T? Read<T>(string[] files, DiagnosticBag bag, Func<DiagnosticBag, T?> read)
        where T : class =>
        cache is null ? read(bag) : cache.GetOrRead(files, bag, read);

    private YamlMap? ReadMap(string path, string display, DiagnosticBag bag)
    {
        var text = SourceFileReader.ReadText(path, display, bag);
        if (text is not null)
        {
            SourceFileReader.WarnInvisible(text, display, bag);
        }

        var root = text is null ? null : SourceFileReader.ParseMapping(text, display, bag);
        return root is null ? null : new YamlMap(root, display, bag, _strings, source: text);
    }
}
