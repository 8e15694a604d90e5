using Hubwatch.Diagnostics;
using Hubwatch.Loading;
using Hubwatch.Tests.Support;

namespace Hubwatch.Tests.Loading;

/// <summary>
/// The file cache of a serve session reads a file again only when it changed; told which paths a watcher
/// reported (<see cref="FileCache.ExpectChanges"/>), it stamps only those and trusts the rest.
/// </summary>
public sealed class FileCacheTests : IDisposable
{
    private readonly string _root = Path.Combine(Path.GetTempPath(), "hubwatch-tests", "file-cache-" + Guid.NewGuid().ToString("N"));
    private readonly FileCache _cache = new();

    public FileCacheTests() => Directory.CreateDirectory(Path.Combine(_root, "content", "partners"));

    public void Dispose() => Directory.Delete(_root, recursive: true);

    [Fact]
    public void Without_expected_changes_every_file_is_stamped_and_a_changed_one_read_again()
    {
        var file = Write("content/partners/a.yaml", "one");
        Assert.Equal("one", Get(file));

        Save(file, "two");
        _cache.ResetCounts();

        Assert.Equal("two", Get(file));
        Assert.Equal(1, _cache.Reads);
    }

    [Fact]
    public void A_file_the_watcher_did_not_report_is_reused_without_looking_at_it()
    {
        var file = Write("content/partners/a.yaml", "one");
        Get(file);

        // Changed on disk but not reported: the cache does not stat it, so the old value stands.
        Save(file, "two");
        _cache.ResetCounts();
        _cache.ExpectChanges([]);

        Assert.Equal("one", Get(file));
        Assert.Equal(0, _cache.Reads);
        Assert.Equal(1, _cache.Reuses);
    }

    [Fact]
    public void A_reported_file_is_stamped_and_read_again_when_it_changed()
    {
        var file = Write("content/partners/a.yaml", "one");
        var other = Write("content/partners/b.yaml", "b");
        Get(file);
        Get(other);

        Save(file, "two");
        _cache.ResetCounts();
        _cache.ExpectChanges([file]);

        Assert.Equal("two", Get(file));
        Assert.Equal("b", Get(other));
        Assert.Equal(1, _cache.Reads);
        Assert.Equal(1, _cache.Reuses);
    }

    [Fact]
    public void A_reported_file_that_did_not_change_is_reused()
    {
        var file = Write("content/partners/a.yaml", "one");
        Get(file);
        _cache.ResetCounts();

        _cache.ExpectChanges([file]);

        Assert.Equal("one", Get(file));
        Assert.Equal(0, _cache.Reads);
    }

    [Fact]
    public void A_file_the_cache_has_not_seen_is_read_whatever_the_set_says()
    {
        _cache.ExpectChanges([]);
        var file = Write("content/partners/new.yaml", "new");

        Assert.Equal("new", Get(file));
        Assert.Equal(1, _cache.Reads);
    }

    [Fact]
    public void A_reported_folder_stands_for_every_file_under_it()
    {
        var file = Write("content/partners/a.yaml", "one");
        Get(file);

        Save(file, "two");
        _cache.ExpectChanges([Path.Combine(_root, "content") + Path.DirectorySeparatorChar]);

        Assert.Equal("two", Get(file));
    }

    [Fact]
    public void Reported_paths_match_whatever_their_case_and_spelling()
    {
        var file = Write("content/partners/a.yaml", "one");
        Get(file);
        Save(file, "two");

        _cache.ExpectChanges([file.ToUpperInvariant()]);
        Assert.Equal("two", Get(file));

        Save(file, "three");
        _cache.ExpectChanges([Path.Combine(_root, "content", ".", "partners", "..", "partners", "a.yaml")]);
        Assert.Equal("three", Get(file));
    }

    [Fact]
    public void The_expected_changes_hold_until_the_next_call_and_null_stamps_everything_again()
    {
        var file = Write("content/partners/a.yaml", "one");
        Get(file);
        _cache.ExpectChanges([]);

        Save(file, "two");
        Assert.Equal("one", Get(file));
        Assert.Equal("one", Get(file));

        _cache.ExpectChanges(null);
        Assert.Equal("two", Get(file));
    }

    [Fact]
    public void A_value_read_from_a_folder_is_read_again_when_a_file_joins_it_even_if_unreported()
    {
        var dir = Path.Combine(_root, "templates");
        Directory.CreateDirectory(dir);
        Write("templates/a.html", "a");
        Assert.Equal("a", GetFolder(dir));

        Write("templates/b.html", "b");
        _cache.ExpectChanges([]);

        Assert.Equal("a,b", GetFolder(dir));
    }

    [Fact]
    public void Diagnostics_of_a_file_reused_without_a_stat_are_reported_again()
    {
        var file = Write("content/partners/a.yaml", "one");
        var first = new DiagnosticBag();
        _cache.GetOrRead([file], first, bag =>
        {
            bag.Error(SourceLocation.File("content/partners/a.yaml"), "something is wrong");
            return "value";
        });

        _cache.ExpectChanges([]);
        var second = new DiagnosticBag();
        _cache.GetOrRead<string>([file], second, _ => throw new InvalidOperationException("read again"));

        Assert.Equal(first.Sorted().ToArray(), second.Sorted().ToArray());
    }

    [Fact]
    public void The_loader_reads_only_the_reported_file_and_sees_its_new_content()
    {
        using var project = TempProject.FromBase();
        var paths = new ContentPaths(project.Content, Path.Combine(project.Root, "seeds"), project.Root);
        var cache = new FileCache();
        var before = new ContentLoader(paths, cache).Load(new DiagnosticBag());
        var partner = before.Partners[0];
        var file = Path.Combine(project.Content, "partners", partner.Id + ".yaml");
        var text = File.ReadAllText(file);
        Assert.Contains(partner.Name.En, text);
        File.WriteAllText(file, text.Replace(partner.Name.En, "Renamed Partner"));
        File.SetLastWriteTimeUtc(file, DateTime.UtcNow.AddMinutes(1));

        cache.ResetCounts();
        cache.ExpectChanges([file]);
        var after = new ContentLoader(paths, cache).Load(new DiagnosticBag());

        Assert.Equal(1, cache.Reads);
        Assert.Equal("Renamed Partner", after.Partners.Single(p => p.Id == partner.Id).Name.En);
        Assert.Same(before.Hubs[0], after.Hubs[0]);
    }

    [Fact]
    public void A_folder_with_no_reported_change_gives_back_the_same_value_without_reading()
    {
        var dir = Path.Combine(_root, "content", "partners");
        var a = Write("content/partners/a.yaml", "a");
        var b = Write("content/partners/b.yaml", "b");
        var first = GetAll(dir, [a, b]);

        _cache.ExpectChanges([Path.Combine(_root, "content", "hubs", "x.yaml"), Path.Combine(_root, "content", "partners-old")]);
        _cache.ResetCounts();
        var calls = 0;
        var second = _cache.GetOrReadAll(dir, [a, b], new DiagnosticBag(), own =>
        {
            calls++;
            return new List<string?>();
        });

        Assert.Same(first, second);
        Assert.Equal(0, calls);
        Assert.Equal(2, _cache.Reuses);
    }

    [Fact]
    public void A_folder_is_read_again_file_by_file_when_a_file_in_it_or_a_folder_above_it_is_reported()
    {
        var dir = Path.Combine(_root, "content", "partners");
        var a = Write("content/partners/a.yaml", "a");
        var b = Write("content/partners/b.yaml", "b");
        GetAll(dir, [a, b]);

        Save(a, "a2");
        _cache.ExpectChanges([a]);
        _cache.ResetCounts();
        Assert.Equal(["a2", "b"], GetAll(dir, [a, b]));
        Assert.Equal(1, _cache.Reads);
        Assert.Equal(1, _cache.Reuses);

        Save(b, "b2");
        _cache.ExpectChanges([_root]);
        Assert.Equal(["a2", "b2"], GetAll(dir, [a, b]));
    }

    [Fact]
    public void A_folder_is_read_again_when_its_files_differ_or_the_changes_are_unknown()
    {
        var dir = Path.Combine(_root, "content", "partners");
        var a = Write("content/partners/a.yaml", "a");
        GetAll(dir, [a]);

        var b = Write("content/partners/b.yaml", "b");
        _cache.ExpectChanges([]);
        Assert.Equal(["a", "b"], GetAll(dir, [a, b]));

        Save(a, "a2");
        _cache.ExpectChanges(null);
        Assert.Equal(["a2", "b"], GetAll(dir, [a, b]));
    }

    [Fact]
    public void Without_expected_changes_a_folder_read_again_to_the_same_values_gives_back_the_last_value()
    {
        var dir = Path.Combine(_root, "content", "partners");
        var a = Write("content/partners/a.yaml", "a");
        var first = GetAll(dir, [a]);

        var second = _cache.GetOrReadAll(dir, [a], new DiagnosticBag(), own => new List<string?> { _cache.GetOrRead([a], own, _ => File.ReadAllText(a)) }, SameItems);
        Assert.Same(first, second);

        Save(a, "a2");
        var third = _cache.GetOrReadAll(dir, [a], new DiagnosticBag(), own => new List<string?> { _cache.GetOrRead([a], own, _ => File.ReadAllText(a)) }, SameItems);
        Assert.NotSame(first, third);
        Assert.Equal(["a2"], third);
    }

    private static bool SameItems(List<string?> last, List<string?> now) =>
        last.Count == now.Count && last.Zip(now).All(p => ReferenceEquals(p.First, p.Second));

    private List<string?> GetAll(string dir, string[] files) =>
        _cache.GetOrReadAll(dir, files, new DiagnosticBag(), own => files.Select(f => _cache.GetOrRead([f], own, _ => File.ReadAllText(f))).ToList());

    private string Write(string relative, string text)
    {
        var path = Path.Combine(_root, relative);
        File.WriteAllText(path, text);
        return path;
    }

    /// <summary>Saves as an editor does; the time moves on so the stamp differs even on a coarse clock.</summary>
    private static void Save(string path, string text)
    {
        var before = File.GetLastWriteTimeUtc(path);
        File.WriteAllText(path, text);
        File.SetLastWriteTimeUtc(path, before.AddSeconds(10));
    }

    private string? Get(string file) => _cache.GetOrRead([file], new DiagnosticBag(), _ => File.ReadAllText(file));

    private string? GetFolder(string dir)
    {
        var files = Directory.GetFiles(dir).Order(StringComparer.Ordinal).ToArray();
        return _cache.GetOrRead(dir, files, new DiagnosticBag(), _ => string.Join(",", files.Select(File.ReadAllText)));
    }
}
