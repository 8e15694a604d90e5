using System.Collections.Concurrent;
using System.Collections.Immutable;
using System.ComponentModel;
using System.Diagnostics;
using System.Globalization;
using System.Text;
using Hubwatch.Loading;
using LibGit2Sharp;
using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace Hubwatch.History;

/// <summary>
/// Reads the history of the content and seeds from the git repository that holds them, in one pass over the
/// log: every commit (merges aside: their changes are the commits they bring) is compared with its parent, for
/// the content and seeds folders only, and each record changed is read before and after with the content loader's
/// own readers, so an edit that only moves whitespace or comments is no revision. The result depends on the commit
/// checked out alone; uncommitted edits are reported, never dated.
/// </summary>
public sealed class GitHistoryReader(string contentDir, string seedsDir)
{
    /// <summary>
    /// Reads the history; with <paramref name="withEditing"/> (serve), the keys with uncommitted edits are kept too.
    /// A <paramref name="previous"/> history read at the same commit gives its revisions again, unread.
    /// </summary>
    /// <param name="changedFiles">
    /// The files a watcher saw change since <paramref name="previous"/> was read (serve), or null when that is not
    /// known: with them, only those files and the ones <paramref name="previous"/> found edited are asked about
    /// uncommitted edits, instead of every file of the content and seeds.
    /// </param>
    /// <param name="cancel">Stops the read (the build it was for stopped); the git processes it started are ended.</param>
    public SiteHistory Read(bool withEditing = false, SiteHistory? previous = null, IReadOnlyCollection<string>? changedFiles = null, CancellationToken cancel = default)
    {
        var gitDir = GitRepositories.Discover(contentDir);

        if (gitDir is null)
        {
            return SiteHistory.None("no git repository holds the content");
        }

        using var repo = new Repository(gitDir);
        var workdir = repo.Info.WorkingDirectory;
        var content = workdir is null ? null : Relative(workdir, contentDir);
        var seeds = workdir is null ? null : Relative(workdir, seedsDir);
        if (content is null)
        {
            return SiteHistory.None("the content folder is not in the git repository's working tree");
        }

        if (repo.Head.Tip is null)
        {
            return SiteHistory.None("the git repository has no commits yet");
        }

        var why = new List<string>();
        if (repo.Info.IsShallow)
        {
            why.Add("the clone is shallow, so older commits are missing");
        }

        var head = repo.Head.Tip.Sha;
        var walk = new Walk(workdir!, head, content, seeds);
        var same = previous?.Head == head;
        IEnumerable<RecordHistory> records;
        try
        {
            records = same ? previous!.Records.Values : walk.Run(cancel);
        }
        catch (Win32Exception)
        {
            return SiteHistory.None("the git command is not installed, and the history is read with it");
        }
        catch (InvalidOperationException e) when (e.Message.StartsWith("git ", StringComparison.Ordinal) && e.Message.Contains(" failed", StringComparison.Ordinal))
        {
            return SiteHistory.None(e.Message);
        }

        // serve asks again only about the files it saw change and those it already knew were edited.
        var only = same && withEditing && changedFiles is not null && previous!.EditedFiles is { } known
            ? known.Union(changedFiles.Select(f => Relative(workdir!, f)).OfType<string>().Where(f => walk.KeyOf(f) is not null))
            : null;
        var editing = Editing(repo, walk, only);

        // serve shows each file being edited on its page; a build says once that some are not dated.
        if (editing.Count > 0 && !withEditing)
        {
            why.Add($"{editing.Count} file(s) have changes not committed, which are not dated");
        }

        return new SiteHistory(
            records,
            why.Count == 0 ? null : string.Join("; ", why),
            withEditing ? editing.Values.ToImmutableHashSet(StringComparer.Ordinal) : null,
            head,
            withEditing ? editing.Keys.ToImmutableHashSet(StringComparer.Ordinal) : null);
    }

    /// <summary>A folder's path relative to the working tree, with forward slashes; null when it lies outside.</summary>
    private static string? Relative(string workdir, string folder)
    {
        var relative = Path.GetRelativePath(Path.GetFullPath(workdir), Path.GetFullPath(folder)).Replace('\\', '/');
        return relative == ".." || relative.StartsWith("../", StringComparison.Ordinal) || Path.IsPathRooted(relative) ? null : relative.TrimEnd('/');
    }

    /// <summary>
    /// Files of the content and seeds with edits not committed (staged or not, new or deleted), each with its key;
    /// among <paramref name="only"/> (paths relative to the working tree) when given, else among all of them.
    /// </summary>
    private static Dictionary<string, string> Editing(Repository repo, Walk walk, IEnumerable<string>? only)
    {
        var editing = new Dictionary<string, string>(StringComparer.Ordinal);
        var paths = only?.Order(StringComparer.Ordinal).ToArray();
        if (paths is { Length: 0 })
        {
            return editing;
        }

        var options = new StatusOptions
        {
            PathSpec = paths ?? [.. walk.PathSpec],
            DisablePathSpecMatch = paths is not null,
            IncludeUntracked = true,
            RecurseUntrackedDirs = true,
            DetectRenamesInIndex = false,
            DetectRenamesInWorkDir = false,
            IncludeIgnored = false,
        };
        foreach (var entry in repo.RetrieveStatus(options))
        {
            if (entry.State is FileStatus.Unaltered or FileStatus.Ignored)
            {
                continue;
            }

            var path = entry.FilePath.Replace('\\', '/');
            if (walk.KeyOf(path) is { } key)
            {
                editing[path] = key;
            }
        }

        return editing;
    }

    /// <summary>One pass over the log; what it reads is kept only for the pass.</summary>
    private sealed class Walk(string workdir, string head, string content, string? seeds)
    {
        private static readonly UTF8Encoding Utf8 = new(encoderShouldEmitUTF8Identifier: false);
        private readonly StringPool _strings = new();
        private readonly Dictionary<string, List<Revision>> _revisions = new(StringComparer.Ordinal);
        private Dictionary<string, string?> _texts = new(StringComparer.Ordinal);
        private ConcurrentDictionary<(string Blob, string Key), object?> _parsed = new();

        /// <summary>The folders the diff looks at, relative to the working tree ("" is the whole tree).</summary>
        public IReadOnlyList<string> PathSpec =>
            content.Length == 0 || seeds is { Length: 0 } ? [] : seeds is null ? [content + "/"] : [content + "/", seeds + "/"];

        public string? KeyOf(string path)
        {
            if (Under(path, content) is { } inContent && HistoryKeys.OfContentFile(inContent) is { } key)
            {
                return key;
            }

            return seeds is not null && Under(path, seeds) is { } inSeeds ? HistoryKeys.OfSeedFile(inSeeds) : null;
        }

        /// <summary>
        /// Walks the log oldest first with the git command: one process prints every commit and the files it changed
        /// (its tree compared with its parent's), which git does many times faster than a tree diff per commit through
        /// the library. Merges are skipped (their changes are the commits they bring). Then every version of a file
        /// that was modified is read by one <c>git cat-file --batch</c> process, each version of a record is parsed
        /// once (on all cores), and each change is compared before and after, in the order of the log.
        /// </summary>
        public IReadOnlyList<RecordHistory> Run(CancellationToken cancel)
        {
            var changes = new List<(CommitInfo Commit, string Key, LogChange Change)>();
            var sequence = 0;
            CommitInfo? info = null;
            foreach (var line in GitLog(cancel))
            {
                if (line.Commit is { } commit)
                {
                    sequence++;
                    info = commit.Parents > 1 ? null : new CommitInfo(commit.Sha, commit.When, sequence);
                }
                else if (info is not null && line.Change is { } change && KeyOf(change.Path) is { } key)
                {
                    changes.Add((info, key, change));
                }
            }

            cancel.ThrowIfCancellationRequested();

            // An added or deleted file is compared with nothing, so only the versions on both sides of a modification are read.
            var modified = changes.Where(c => c.Change.Status is not ('A' or 'D')).ToList();
            _texts = ReadBlobs(modified.SelectMany(c => new[] { c.Change.OldBlob, c.Change.Blob }).Distinct(StringComparer.Ordinal).ToList(), cancel);

            // Each version of a record is parsed once, whichever commits it is compared in.
            var versions = modified
                .Where(c => RecordTextReader.Folders.Contains(HistoryKeys.FolderOf(c.Key)))
                .SelectMany(c => new[] { (Blob: c.Change.OldBlob, c.Key, c.Change.Path), (Blob: c.Change.Blob, c.Key, c.Change.Path) })
                .DistinctBy(v => (v.Blob, v.Key))
                .ToList();
            _parsed = new ConcurrentDictionary<(string Blob, string Key), object?>(Environment.ProcessorCount, versions.Count);
            Parallel.ForEach(versions, new ParallelOptions { CancellationToken = cancel }, v =>
                _parsed[(v.Blob, v.Key)] = _texts[v.Blob] is { } text ? RecordTextReader.Read(HistoryKeys.FolderOf(v.Key), HistoryKeys.IdOf(v.Key), text, v.Path, _strings) : null);

            foreach (var (commit, key, change) in changes)
            {
                Add(key, commit, Compare(key, change));
            }

            return [.. _revisions.Select(kv => new RecordHistory(kv.Key, [.. kv.Value]))];
        }

        /// <summary>A commit of the log, or a file it changed.</summary>
        private readonly record struct LogLine(LogCommit? Commit, LogChange? Change);

        private sealed record LogCommit(string Sha, int Parents, DateTimeOffset When);

        /// <summary>A file a commit changed: its status letter (A, D, M, T), the blobs before and after (full hashes), and its path.</summary>
        private sealed record LogChange(char Status, string OldBlob, string Blob, string Path);

        /// <summary>
        /// <c>git log --raw -z</c>, oldest first, read as it comes: a commit is <c>\x01sha\x02parents\x02date</c>,
        /// a change <c>:mode mode old new status</c> followed by its path, each ended by a NUL.
        /// </summary>
        /// <remarks>
        /// One process for the whole log. Cutting the commits into one run per core (<c>git log --stdin --no-walk</c>)
        /// finishes sooner on an idle machine but costs about a third more CPU time (each process rebuilds the trees its
        /// runs start from out of their deltas), and the history is read while the build loads and checks the content on
        /// every core, so CPU time is what it adds.
        /// </remarks>
        private IEnumerable<LogLine> GitLog(CancellationToken cancel)
        {
            using var git = Git(cancel, input: false, "-c", "core.quotepath=off", "-c", "log.showSignature=false", "log", "--topo-order", "--reverse", "--raw", "--no-renames", "--no-abbrev", "-z",
                "--no-color", "--format=%x01%H%x02%P%x02%cI", head);
            string? header = null;
            foreach (var token in Tokens(git.Process.StandardOutput.BaseStream))
            {
                var text = token.TrimStart('\n');
                if (header is not null)
                {
                    var fields = header.Split(' ');
                    yield return new LogLine(null, new LogChange(fields[4][0], fields[2], fields[3], text));
                    header = null;
                }
                else if (text.StartsWith('\u0001'))
                {
                    var fields = text[1..].Split('\u0002', 3);
                    var parents = fields[1].Length == 0 ? 0 : fields[1].Split(' ').Length;
                    yield return new LogLine(new LogCommit(fields[0], parents, DateTimeOffset.Parse(fields[2], CultureInfo.InvariantCulture)), null);
                }
                else if (text.StartsWith(':'))
                {
                    header = text;
                }
            }

            cancel.ThrowIfCancellationRequested();
            git.Finish("git log");
        }

        /// <summary>The output split at each NUL, as UTF-8 text (a NUL never falls inside a character, so each piece decodes alone).</summary>
        private static IEnumerable<string> Tokens(Stream output)
        {
            var buffer = new byte[1 << 16];
            var token = new MemoryStream();
            int read;
            while ((read = output.Read(buffer, 0, buffer.Length)) > 0)
            {
                var start = 0;
                int nul;
                while ((nul = Array.IndexOf(buffer, (byte)0, start, read - start)) >= 0)
                {
                    token.Write(buffer, start, nul - start);
                    yield return Utf8.GetString(token.GetBuffer(), 0, (int)token.Length);
                    token.SetLength(0);
                    start = nul + 1;
                }

                token.Write(buffer, start, read - start);
            }
        }

        /// <summary>
        /// The text of each blob, read by one <c>git cat-file --batch</c> process; null for a blob that is missing, not a
        /// blob, binary or larger than a content file may be (as LibGit2Sharp's <c>Blob.IsBinary</c> and <c>GetContentText</c> judge and decode it).
        /// </summary>
        private Dictionary<string, string?> ReadBlobs(IReadOnlyList<string> blobs, CancellationToken cancel)
        {
            var texts = new Dictionary<string, string?>(blobs.Count, StringComparer.Ordinal);
            if (blobs.Count == 0)
            {
                return texts;
            }

            using var git = Git(cancel, input: true, "cat-file", "--batch");
            var ask = Task.Run(() =>
            {
                // Asked all at once while the answers are read, so neither side waits on a full pipe.
                using var input = new StreamWriter(git.Process.StandardInput.BaseStream, Utf8, 1 << 16) { NewLine = "\n" };
                foreach (var blob in blobs)
                {
                    input.WriteLine(blob);
                }
            });
            var output = new BufferedStream(git.Process.StandardOutput.BaseStream, 1 << 16);
            foreach (var blob in blobs)
            {
                // "<sha> <type> <size>\n<bytes>\n", or "<sha> missing\n".
                var fields = Line(output).Split(' ');
                if (fields.Length < 3 || !long.TryParse(fields[2], NumberStyles.None, CultureInfo.InvariantCulture, out var size))
                {
                    texts[blob] = null;
                    continue;
                }

                var bytes = new byte[size];
                output.ReadExactly(bytes);
                output.ReadByte();
                texts[blob] = fields[1] != "blob" || size > SourceFileReader.MaxFileBytes || IsBinary(bytes) ? null : Decode(bytes);
            }

            ask.GetAwaiter().GetResult();
            cancel.ThrowIfCancellationRequested();
            git.Finish("git cat-file");
            return texts;
        }

        private static string Line(Stream stream)
        {
            var line = new StringBuilder();
            int next;
            while ((next = stream.ReadByte()) >= 0 && next != '\n')
            {
                line.Append((char)next);
            }

            return line.ToString();
        }

        /// <summary>Whether libgit2 calls a blob binary: a NUL, a byte-order mark other than UTF-8's, or more than one control character in 128 among its first 8,000 bytes.</summary>
        private static bool IsBinary(ReadOnlySpan<byte> bytes)
        {
            var scan = bytes[..Math.Min(bytes.Length, 8000)];
            if (scan.StartsWith((ReadOnlySpan<byte>)[0xFF, 0xFE]) || scan.StartsWith((ReadOnlySpan<byte>)[0xFE, 0xFF]) || scan.StartsWith((ReadOnlySpan<byte>)[0, 0, 0xFE, 0xFF]))
            {
                return true;
            }

            if (scan.StartsWith((ReadOnlySpan<byte>)[0xEF, 0xBB, 0xBF]))
            {
                scan = scan[3..];
            }

            var printable = 0;
            var nonprintable = 0;
            foreach (var c in scan)
            {
                if ((c > 0x1F && c != 0x7F) || c is (byte)'\b' or 0x1B or (byte)'\f')
                {
                    printable++;
                }
                else if (c == 0)
                {
                    return true;
                }
                else if (c is not ((byte)' ' or (byte)'\t' or (byte)'\n' or (byte)'\v' or (byte)'\r'))
                {
                    nonprintable++;
                }
            }

            return (printable >> 7) < nonprintable;
        }

        /// <summary>The text as LibGit2Sharp's <c>Blob.GetContentText()</c> gives it: UTF-8 unless a byte-order mark says otherwise, bad bytes replaced.</summary>
        private static string Decode(byte[] bytes)
        {
            using var reader = new StreamReader(new MemoryStream(bytes), new UTF8Encoding(false, false), detectEncodingFromByteOrderMarks: true);
            return reader.ReadToEnd();
        }

        private GitProcess Git(CancellationToken cancel, bool input, params string[] arguments)
        {
            var start = new ProcessStartInfo("git")
            {
                WorkingDirectory = workdir,
                RedirectStandardInput = input,
                StandardInputEncoding = input ? Utf8 : null,
                RedirectStandardOutput = true,
                RedirectStandardError = true,
                UseShellExecute = false,
            };
            foreach (var argument in arguments)
            {
                start.ArgumentList.Add(argument);
            }

            var process = Process.Start(start) ?? throw new InvalidOperationException("git did not start");
            try
            {
                // git runs beside the build's load and checks, which keep every core busy at times: at the lowest
                // priority it takes the cores when they would otherwise be idle, rather than time from the build.
                process.PriorityClass = ProcessPriorityClass.Idle;
            }
            catch (Exception e) when (e is Win32Exception or InvalidOperationException or PlatformNotSupportedException)
            {
                // Not allowed here, or already ended: it runs at normal priority.
            }

            return new GitProcess(process, cancel);
        }

        private void Add(string key, CommitInfo commit, ImmutableArray<FieldChange> changes)
        {
            if (changes.IsEmpty)
            {
                return;
            }

            if (!_revisions.TryGetValue(key, out var list))
            {
                _revisions[key] = list = [];
            }

            // A seed's text and metadata are one key: a commit that changes both is one revision.
            if (list.Count > 0 && ReferenceEquals(list[^1].Commit, commit))
            {
                list[^1] = list[^1] with { Changes = [.. list[^1].Changes.Concat(changes).Distinct()] };
                return;
            }

            list.Add(new Revision(commit, changes));
        }

        private ImmutableArray<FieldChange> Compare(string key, LogChange change)
        {
            var isAdded = change.Status == 'A';
            var isDeleted = change.Status == 'D';
            var folder = HistoryKeys.FolderOf(key);
            if (folder == HistoryKeys.Seeds && !isAdded && !isDeleted && change.Path.EndsWith(".yaml", StringComparison.Ordinal)
                && ChangedKeys(change.OldBlob, change.Blob) is { } keys)
            {
                // A source's metadata: which of its fields changed (its translations, its date), never its text, which is the .txt.
                return [.. keys.Select(k => new FieldChange(k, FieldChangeKind.Edited))];
            }

            if (!RecordTextReader.Folders.Contains(folder))
            {
                // Seeds, pages and site.yaml: any change but to whitespace or, in YAML, comments.
                return isAdded ? [new FieldChange("record", FieldChangeKind.Created)]
                    : isDeleted ? [new FieldChange("record", FieldChangeKind.Deleted)]
                    : Canonical(change.OldBlob, change.Path) == Canonical(change.Blob, change.Path) ? []
                    : [new FieldChange("text", FieldChangeKind.Edited)];
            }

            if (isAdded)
            {
                return [new FieldChange("record", FieldChangeKind.Created)];
            }

            if (isDeleted)
            {
                return [new FieldChange("record", FieldChangeKind.Deleted)];
            }

            var before = _parsed[(change.OldBlob, key)];
            var after = _parsed[(change.Blob, key)];
            if (before is null || after is null)
            {
                // A version that is not a valid record (the build would have refused it): say the file changed.
                return Squeezed(change.OldBlob) == Squeezed(change.Blob) ? [] : [new FieldChange("record", FieldChangeKind.Edited)];
            }

            return RecordComparer.Compare(before, after);
        }

        /// <summary>The text with all whitespace removed, for files that are not records.</summary>
        private string Squeezed(string blob) =>
            string.Concat((_texts[blob] ?? blob).Where(c => !char.IsWhiteSpace(c)));

        /// <summary>A YAML file as YamlDotNet writes it back (no comments, one layout), or any text squeezed of whitespace.</summary>
        private string Canonical(string blob, string path)
        {
            if (!path.EndsWith(".yaml", StringComparison.Ordinal) || _texts[blob] is not { } text)
            {
                return Squeezed(blob);
            }

            return Parsed(text) is { } stream ? Written(stream) : Squeezed(blob);
        }

        /// <summary>A YAML text parsed, or null when it is not valid YAML.</summary>
        private static YamlStream? Parsed(string text)
        {
            try
            {
                var stream = new YamlStream();
                stream.Load(new StringReader(text));
                return stream;
            }
            catch (YamlException)
            {
                return null;
            }
        }

        /// <summary>YAML as YamlDotNet writes it back: one layout, no comments.</summary>
        private static string Written(YamlStream stream)
        {
            var written = new StringWriter();
            stream.Save(written, assignAnchors: false);
            return written.ToString();
        }

        /// <summary>The top-level keys of a YAML mapping whose values differ between two versions, in the newer's order; null when either is not a mapping.</summary>
        private List<string>? ChangedKeys(string oldBlob, string newBlob)
        {
            if (Mapping(oldBlob) is not { } before || Mapping(newBlob) is not { } after)
            {
                return null;
            }

            return [.. after.Keys.Union(before.Keys).Where(k => before.GetValueOrDefault(k) != after.GetValueOrDefault(k))];
        }

        /// <summary>A YAML mapping's keys, each with its value as YamlDotNet writes it back (so layout and comments do not count).</summary>
        private Dictionary<string, string>? Mapping(string blob) =>
            _texts[blob] is { } text && Parsed(text) is { Documents: [{ RootNode: YamlMappingNode root }] }
                ? root.Children.ToDictionary(c => c.Key.ToString(), c => Written(new YamlStream(new YamlDocument(c.Value))), StringComparer.Ordinal)
                : null;

        private static string? Under(string path, string folder) =>
            folder.Length == 0 ? path
            : path.Length > folder.Length + 1 && path.StartsWith(folder, StringComparison.Ordinal) && path[folder.Length] == '/' ? path[(folder.Length + 1)..]
            : null;
    }

    /// <summary>A git process of the walk: ended if the read is cancelled or left early, its failure told by <see cref="Finish"/>.</summary>
    private sealed class GitProcess : IDisposable
    {
        private readonly Task<string> _errors;
        private readonly CancellationTokenRegistration _cancel;

        public GitProcess(Process process, CancellationToken cancel)
        {
            Process = process;
            _errors = process.StandardError.ReadToEndAsync(CancellationToken.None);
            _cancel = cancel.Register(End);
        }

        public Process Process { get; }

        /// <summary>Waits for the process to exit; throws, naming <paramref name="what"/>, if it failed.</summary>
        public void Finish(string what)
        {
            Process.WaitForExit();
            if (Process.ExitCode != 0)
            {
                throw new InvalidOperationException($"{what} failed: {_errors.Result.Trim()}");
            }
        }

        public void Dispose()
        {
            _cancel.Dispose();
            End();
            Process.Dispose();
        }

        private void End()
        {
            try
            {
                if (!Process.HasExited)
                {
                    Process.Kill();
                }
            }
            catch (InvalidOperationException)
            {
                // It has just exited.
            }
        }
    }
}
