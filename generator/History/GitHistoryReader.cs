using System.Collections.Immutable;
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
    public SiteHistory Read(bool withEditing = false, SiteHistory? previous = null)
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
        var walk = new Walk(repo, content, seeds);
        var records = previous?.Head == head ? previous.Records.Values : walk.Run();
        var editing = Editing(repo, walk);

        // serve shows each file being edited on its page; a build says once that some are not dated.
        if (editing.Count > 0 && !withEditing)
        {
            why.Add($"{editing.Count} file(s) have changes not committed, which are not dated");
        }

        return new SiteHistory(records, why.Count == 0 ? null : string.Join("; ", why), withEditing ? editing.Values.ToImmutableHashSet(StringComparer.Ordinal) : null, head);
    }

    /// <summary>A folder's path relative to the working tree, with forward slashes; null when it lies outside.</summary>
    private static string? Relative(string workdir, string folder)
    {
        var relative = Path.GetRelativePath(Path.GetFullPath(workdir), Path.GetFullPath(folder)).Replace('\\', '/');
        return relative == ".." || relative.StartsWith("../", StringComparison.Ordinal) || Path.IsPathRooted(relative) ? null : relative.TrimEnd('/');
    }

    /// <summary>Files of the content and seeds with edits not committed (staged or not, new or deleted), each with its key.</summary>
    private static Dictionary<string, string> Editing(Repository repo, Walk walk)
    {
        var options = new StatusOptions
        {
            PathSpec = [.. walk.PathSpec],
            IncludeUntracked = true,
            RecurseUntrackedDirs = true,
            DetectRenamesInIndex = false,
            DetectRenamesInWorkDir = false,
            IncludeIgnored = false,
        };
        var editing = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var entry in repo.RetrieveStatus(options))
        {
            if (entry.State is FileStatus.Unaltered or FileStatus.Ignored)
            {
                continue;
            }

            if (walk.KeyOf(entry.FilePath.Replace('\\', '/')) is { } key)
            {
                editing[entry.FilePath] = key;
            }
        }

        return editing;
    }

    /// <summary>One pass over the log; what it reads is kept only for the pass.</summary>
    private sealed class Walk(Repository repo, string content, string? seeds)
    {
        private readonly Dictionary<ObjectId, object?> _parsed = [];
        private readonly StringPool _strings = new();
        private readonly Dictionary<string, List<Revision>> _revisions = new(StringComparer.Ordinal);

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

        public IEnumerable<RecordHistory> Run()
        {
            var filter = new CommitFilter
            {
                IncludeReachableFrom = repo.Head.Tip,
                SortBy = CommitSortStrategies.Topological | CommitSortStrategies.Reverse,
            };
            var options = new CompareOptions { Similarity = SimilarityOptions.None, IncludeUnmodified = false };
            var roots = Roots;
            var sequence = 0;
            foreach (var commit in repo.Commits.QueryBy(filter))
            {
                var parents = commit.Parents.ToArray();
                sequence++;
                if (parents.Length > 1)
                {
                    continue;
                }

                var info = new CommitInfo(commit.Sha, commit.Committer.When, commit.MessageShort, sequence);
                foreach (var root in roots)
                {
                    // Only the content and seeds folders are compared, and a folder whose tree is unchanged not at
                    // all: a commit elsewhere in the repository costs two lookups, and git compares subtrees by id.
                    var before = parents.Length == 0 ? null : Subtree(parents[0].Tree, root);
                    var after = Subtree(commit.Tree, root);
                    if (before?.Id == after?.Id)
                    {
                        continue;
                    }

                    using var changes = repo.Diff.Compare<TreeChanges>(before, after, options);
                    foreach (var change in changes)
                    {
                        var path = Join(root, change.Path);
                        if (KeyOf(path) is { } key)
                        {
                            Add(key, info, Compare(key, change, Join(root, change.OldPath), path));
                        }
                    }
                }
            }

            return _revisions.Select(kv => new RecordHistory(kv.Key, [.. kv.Value]));
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

        /// <summary>The folders compared commit by commit, relative to the working tree ("" is the whole tree); a folder inside another is not compared twice.</summary>
        private IReadOnlyList<string> Roots =>
            content.Length == 0 || seeds is { Length: 0 } ? [""]
            : seeds is null || Under(seeds, content) is not null ? [content]
            : Under(content, seeds) is not null ? [seeds]
            : [content, seeds];

        /// <summary>The tree of a folder at a commit, or null when the commit has no such folder.</summary>
        private static Tree? Subtree(Tree tree, string folder) => folder.Length == 0 ? tree : tree[folder]?.Target as Tree;

        private static string Join(string root, string path) => root.Length == 0 ? path.Replace('\\', '/') : root + "/" + path.Replace('\\', '/');

        private ImmutableArray<FieldChange> Compare(string key, TreeEntryChanges change, string oldPath, string path)
        {
            var isAdded = change.Status == ChangeKind.Added;
            var isDeleted = change.Status == ChangeKind.Deleted;
            var folder = HistoryKeys.FolderOf(key);
            if (!RecordTextReader.Folders.Contains(folder))
            {
                // Seeds, pages and site.yaml: any change but to whitespace or, in YAML, comments.
                return isAdded ? [new FieldChange("record", FieldChangeKind.Created)]
                    : isDeleted ? [new FieldChange("record", FieldChangeKind.Deleted)]
                    : Canonical(change.OldOid, path) == Canonical(change.Oid, path) ? []
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

            var before = Parse(folder, HistoryKeys.IdOf(key), oldPath, change.OldOid);
            var after = Parse(folder, HistoryKeys.IdOf(key), path, change.Oid);
            if (before is null || after is null)
            {
                // A version that is not a valid record (the build would have refused it): say the file changed.
                return Squeezed(change.OldOid) == Squeezed(change.Oid) ? [] : [new FieldChange("record", FieldChangeKind.Edited)];
            }

            return RecordComparer.Compare(before, after);
        }

        private object? Parse(string folder, string id, string path, ObjectId blob)
        {
            if (!_parsed.TryGetValue(blob, out var record))
            {
                record = Text(blob) is { } text ? RecordTextReader.Read(folder, id, text, path, _strings) : null;
                _parsed[blob] = record;
            }

            return record;
        }

        private string? Text(ObjectId id)
        {
            var blob = repo.Lookup<Blob>(id);
            return blob is null || blob.IsBinary || blob.Size > SourceFileReader.MaxFileBytes ? null : blob.GetContentText();
        }

        /// <summary>The text with all whitespace removed, for files that are not records.</summary>
        private string Squeezed(ObjectId id) =>
            string.Concat((Text(id) ?? id.Sha).Where(c => !char.IsWhiteSpace(c)));

        /// <summary>A YAML file as YamlDotNet writes it back (no comments, one layout), or any text squeezed of whitespace.</summary>
        private string Canonical(ObjectId id, string path)
        {
            if (!path.EndsWith(".yaml", StringComparison.Ordinal) || Text(id) is not { } text)
            {
                return Squeezed(id);
            }

            try
            {
                var stream = new YamlStream();
                stream.Load(new StringReader(text));
                var canonical = new StringWriter();
                stream.Save(canonical, assignAnchors: false);
                return canonical.ToString();
            }
            catch (YamlException)
            {
                return Squeezed(id);
            }
        }

        private static string? Under(string path, string folder) =>
            folder.Length == 0 ? path
            : path.Length > folder.Length + 1 && path.StartsWith(folder, StringComparison.Ordinal) && path[folder.Length] == '/' ? path[(folder.Length + 1)..]
            : null;
    }
}
