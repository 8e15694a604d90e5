using System.Collections;
using System.Collections.Concurrent;
using System.Collections.Immutable;
using System.Reflection;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using Hubwatch.Loading;

namespace Hubwatch.Cli;

/// <summary>
/// What a build session reuses, and the only state that outlives a build. <c>build</c> and <c>check</c> make one
/// per run; <c>serve</c> keeps one between rebuilds, so a rebuild after one save re-reads only the files that
/// changed (<see cref="Files"/>) and works out again only what depends on them (<see cref="Reuse{T, TValue}(ImmutableArray{T}, Func{ImmutableArray{T}, TValue})"/>).
/// </summary>
/// <remarks>
/// A stage's result is kept under the stage (its method) and the instance it was given: the loader hands back
/// the very same array for a folder none of whose files changed, and the very same record for an unchanged file,
/// so a result found for them is the result they give. What else a stage reads is named as <c>alsoOn</c>, and a
/// kept result is used only while that is the same. Results are held weakly by their input, so they go when the
/// records they were made from do; a stage's values per record are kept for the records of its last call only.
/// The stages themselves keep nothing: every one of them can be called without a memo.
/// </remarks>
public sealed class BuildMemo
{
    private readonly ConcurrentDictionary<MethodInfo, ConditionalWeakTable<object, Kept>> _stages = new();
    private readonly ConcurrentDictionary<MethodInfo, Kept> _latest = new();
    private readonly ConcurrentDictionary<MethodInfo, KeptEach> _each = new();

    /// <param name="keepsFiles">Whether files read are kept to be reused by the next build (serve); a single build reads every file once anyway.</param>
    public BuildMemo(bool keepsFiles = false)
    {
        Files = keepsFiles ? new FileCache() : null;
    }

    /// <summary>The files read by earlier builds of this session, each with its stamp; null when the memo is for one build.</summary>
    public FileCache? Files { get; }

    /// <summary>
    /// Whether the last build's check for symbolic links found none, so that the next one need look only at the paths
    /// the watcher saw change (<see cref="FileCache.ExpectedChanges"/>).
    /// </summary>
    public bool FoundNoLinks { get; set; }

    /// <summary>The git history the last build read; <c>serve</c> reads it again only when another commit is checked out.</summary>
    public History.SiteHistory? History { get; set; }

    /// <summary>What <paramref name="stage"/> gives for <paramref name="records"/>, worked out once per array instance.</summary>
    public TValue Reuse<T, TValue>(ImmutableArray<T> records, Func<ImmutableArray<T>, TValue> stage)
        where TValue : notnull =>
        Reuse(ImmutableCollectionsMarshal.AsArray(records), null, stage.Method, () => stage(records));

    /// <summary>As above, for a stage that also reads <paramref name="alsoOn"/> (one object or a tuple of them); the kept result holds while that is the same.</summary>
    public TValue Reuse<T, TValue>(ImmutableArray<T> records, object alsoOn, Func<ImmutableArray<T>, TValue> stage)
        where TValue : notnull =>
        Reuse(ImmutableCollectionsMarshal.AsArray(records), alsoOn, stage.Method, () => stage(records));

    /// <summary>What <paramref name="stage"/> gives for one record (or any other value made once and never changed), worked out once per instance.</summary>
    public TValue Reuse<TIn, TValue>(TIn input, Func<TIn, TValue> stage)
        where TIn : class
        where TValue : notnull =>
        Reuse(input, null, stage.Method, () => stage(input));

    /// <summary>As above, for a stage that also reads <paramref name="alsoOn"/>.</summary>
    public TValue Reuse<TIn, TValue>(TIn input, object alsoOn, Func<TIn, TValue> stage)
        where TIn : class
        where TValue : notnull =>
        Reuse(input, alsoOn, stage.Method, () => stage(input));

    /// <summary>What <paramref name="stage"/> gives for each record, each worked out once per record instance.</summary>
    public ImmutableArray<TValue> ReuseEach<T, TValue>(ImmutableArray<T> records, Func<T, TValue> stage)
        where T : class
        where TValue : notnull =>
        Each<T, TValue>(records, null, stage.Method, missing => [.. missing.Select(stage)]);

    /// <summary>As above, for a stage that also reads <paramref name="alsoOn"/>: a record's kept value holds while that is the same.</summary>
    public ImmutableArray<TValue> ReuseEach<T, TValue>(ImmutableArray<T> records, object alsoOn, Func<T, TValue> stage)
        where T : class
        where TValue : notnull =>
        Each<T, TValue>(records, alsoOn, stage.Method, missing => [.. missing.Select(stage)]);

    /// <summary>
    /// What <paramref name="stage"/> gives for <paramref name="input"/>, kept from its last call while the input is
    /// equal to the last one (the same items in order, as <see cref="IsSame"/> compares them), even when it is
    /// another instance: what a stage makes from equal input is the same, and handing back the very value kept lets
    /// whatever was kept on that value (as <c>alsoOn</c>) hold too. Only the last input and value are kept.
    /// </summary>
    public TValue KeepWhileEqual<TIn, TValue>(TIn input, Func<TIn, TValue> stage)
        where TIn : notnull
        where TValue : notnull
    {
        // The input's own equality first, which is cheap where it matters (an immutable array or a tuple of them compares
        // the arrays behind them), then item by item as IsSame compares.
        if (_latest.TryGetValue(stage.Method, out var last) && last.AlsoOn is TIn kept && (EqualityComparer<TIn>.Default.Equals(kept, input) || IsSame(kept, input)))
        {
            return (TValue)last.Value;
        }

        var value = stage(input);
        _latest[stage.Method] = new Kept(input, value);
        return value;
    }

    /// <summary>
    /// What <paramref name="stage"/> gives for <paramref name="records"/> (and <paramref name="alsoOn"/>), kept for the
    /// last records it was given. When they are others but as many, in the same order, and each one that is not the
    /// same instance is <paramref name="isSameShape"/> as the one it replaces (an edit to its prose only, say), the kept
    /// value is not made again but rebound to the new records: <paramref name="rebind"/> gets the kept value and, for
    /// each record it may hold, the record now in its place. Otherwise the stage runs.
    /// </summary>
    /// <remarks>
    /// <paramref name="isSameShape"/> must compare every field the stage reads other than through the records the
    /// value holds, so that rebinding gives what the stage would.
    /// </remarks>
    public TValue ReuseOrRebind<T, TValue>(ImmutableArray<T> records, object alsoOn, Func<ImmutableArray<T>, TValue> stage, Func<T, T, bool> isSameShape, Func<TValue, Func<T, T>, TValue> rebind)
        where T : class
        where TValue : notnull
    {
        var array = ImmutableCollectionsMarshal.AsArray(records)!;
        if (_latest.TryGetValue(stage.Method, out var last) && last.AlsoOn is (T[] lastRecords, var lastAlsoOn) && IsSame(lastAlsoOn, alsoOn))
        {
            if (ReferenceEquals(lastRecords, array))
            {
                return (TValue)last.Value;
            }

            if (Replaced(lastRecords, array, isSameShape) is { } now)
            {
                var rebound = rebind((TValue)last.Value, record => now.TryGetValue(record, out var replacement) ? replacement : record);
                _latest[stage.Method] = new Kept((array, alsoOn), rebound);
                return rebound;
            }
        }

        var value = stage(records);
        _latest[stage.Method] = new Kept((array, alsoOn), value);
        return value;
    }

    /// <summary>Each record of <paramref name="last"/> that <paramref name="now"/> replaces, with its replacement; null when the records are not the same in number, order and shape.</summary>
    private static Dictionary<T, T>? Replaced<T>(T[] last, T[] now, Func<T, T, bool> isSameShape)
        where T : class
    {
        if (last.Length != now.Length)
        {
            return null;
        }

        var replaced = new Dictionary<T, T>(ReferenceEqualityComparer.Instance);
        for (var i = 0; i < last.Length; i++)
        {
            if (!ReferenceEquals(last[i], now[i]))
            {
                if (!isSameShape(last[i], now[i]))
                {
                    return null;
                }

                replaced[last[i]] = now[i];
            }
        }

        return replaced;
    }

    /// <summary>
    /// What <paramref name="stage"/> gives for each record, each kept per record instance while <paramref name="alsoOn"/>
    /// is the same. The records with nothing kept are given to the stage together, which returns one value for each in
    /// the same order, so a stage can work on many side by side (a first build) as well as on one (a rebuild after a save).
    /// </summary>
    public ImmutableArray<TValue> ReuseEachTogether<T, TValue>(ImmutableArray<T> records, object alsoOn, Func<IReadOnlyList<T>, IReadOnlyList<TValue>> stage)
        where T : class
        where TValue : notnull =>
        Each(records, alsoOn, stage.Method, stage);

    /// <summary>
    /// The per-record values of a stage: those of the records the stage was last given are kept, by record instance,
    /// for those records only, so records gone since are let go at once. (A weak table would hold one handle per
    /// record and stage, which every collection of the garbage collector has to look at: at 10,000 figures that
    /// slowed every rebuild.) <paramref name="make"/> gets the records with nothing kept.
    /// </summary>
    private ImmutableArray<TValue> Each<T, TValue>(ImmutableArray<T> records, object? alsoOn, MethodInfo stage, Func<IReadOnlyList<T>, IReadOnlyList<TValue>> make)
        where T : class
        where TValue : notnull
    {
        var last = _each.TryGetValue(stage, out var kept) ? kept : null;
        if (last?.ValuesFor(records, alsoOn) is ImmutableArray<TValue> same)
        {
            return same;
        }

        var now = new Kept[records.Length];
        var values = new TValue[records.Length];
        var missing = new List<int>();
        var alsoOnChecks = new SameAlsoOn(alsoOn);
        for (var i = 0; i < records.Length; i++)
        {
            if (last?.Find(records[i], i) is { } found && alsoOnChecks.Holds(found.AlsoOn))
            {
                values[i] = (TValue)found.Value;
                now[i] = found;
            }
            else
            {
                missing.Add(i);
            }
        }

        if (missing.Count > 0)
        {
            var made = make([.. missing.Select(i => records[i])]);
            for (var j = 0; j < missing.Count; j++)
            {
                values[missing[j]] = made[j];
                now[missing[j]] = new Kept(alsoOn, made[j]);
            }
        }

        var result = ImmutableCollectionsMarshal.AsImmutableArray(values);
        _each[stage] = new KeptEach(ImmutableCollectionsMarshal.AsArray(records)!, now, alsoOn, result);
        return result;
    }

    private TValue Reuse<TValue>(object? input, object? alsoOn, MethodInfo stage, Func<TValue> make)
        where TValue : notnull
    {
        if (input is null)
        {
            return make();
        }

        var kept = Stage(stage);
        if (kept.TryGetValue(input, out var last) && IsSame(last.AlsoOn, alsoOn))
        {
            return (TValue)last.Value;
        }

        var value = make();
        kept.AddOrUpdate(input, new Kept(alsoOn, value));
        return value;
    }

    private ConditionalWeakTable<object, Kept> Stage(MethodInfo stage) => _stages.GetOrAdd(stage, _ => []);

    /// <summary>
    /// Whether what a stage also read is unchanged: the same instance; for a tuple, the same items; for a set of
    /// strings, the same members; for a list, the same items in order (the same instance, or equal records); for a
    /// dictionary, the same keys with equal values in the same order.
    /// </summary>
    private static bool IsSame(object? last, object? now)
    {
        if (ReferenceEquals(last, now))
        {
            return true;
        }

        switch (last, now)
        {
            case (ITuple a, ITuple b) when a.Length == b.Length:
                for (var i = 0; i < a.Length; i++)
                {
                    if (!IsSame(a[i], b[i]))
                    {
                        return false;
                    }
                }

                return true;
            case (string a, string b):
                return string.Equals(a, b, StringComparison.Ordinal);
            case (IReadOnlySet<string> a, IReadOnlySet<string> b):
                return a.Count == b.Count && a.SetEquals(b);
            case (ISet<string> a, ISet<string> b):
                return a.Count == b.Count && a.SetEquals(b);
            case (IDictionary a, IDictionary b) when a.Count == b.Count:
                // In order: a dictionary's keys are listed in the order they were added, and a reader may depend on it.
                var x = a.GetEnumerator();
                var y = b.GetEnumerator();
                while (x.MoveNext() && y.MoveNext())
                {
                    if (!Equals(x.Key, y.Key) || !Equals(x.Value, y.Value))
                    {
                        return false;
                    }
                }

                return true;
            case (IList a, IList b) when a.Count == b.Count:
                for (var i = 0; i < a.Count; i++)
                {
                    if (!ReferenceEquals(a[i], b[i]) && !Equals(a[i], b[i]))
                    {
                        return false;
                    }
                }

                return true;
            default:
                return false;
        }
    }

    /// <summary>A stage's result, and what else it read when it was worked out.</summary>
    private sealed record Kept(object? AlsoOn, object Value);

    /// <summary>
    /// The values a per-record stage gave for the records of its last call, in their order. A record is looked for at its
    /// own place: between two rebuilds nearly every record is the same instance at the same place, and a saved file
    /// gives a new instance there. Only when several are not at their places (a file added or removed moves the records
    /// after it) is a table by instance made to find them; a record not found is worked out again, which gives the same.
    /// </summary>
    /// <param name="alsoOn">What the last call also read.</param>
    /// <param name="result">What the last call returned.</param>
    private sealed class KeptEach(object[] records, Kept[] values, object? alsoOn, object result)
    {
        /// <summary>How many records may be missing from their places before the others are looked for elsewhere.</summary>
        private const int MissesBeforeTable = 8;

        private Dictionary<object, int>? _places;
        private int _misses;

        /// <summary>
        /// The last call's result when it was given the very same array and what it also read is the same: every record's
        /// value is kept, so a kind of record none of whose files changed costs no look-up per record.
        /// </summary>
        public object? ValuesFor<T>(ImmutableArray<T> now, object? nowAlsoOn) =>
            ReferenceEquals(ImmutableCollectionsMarshal.AsArray(now), records) && IsSame(alsoOn, nowAlsoOn) ? result : null;

        /// <summary>What was kept for <paramref name="record"/>, which is now at <paramref name="place"/>; null when none is found.</summary>
        public Kept? Find(object record, int place)
        {
            if (place < records.Length && ReferenceEquals(records[place], record))
            {
                return values[place];
            }

            if (_places is null && ++_misses <= MissesBeforeTable)
            {
                return null;
            }

            _places ??= Places();
            return _places.TryGetValue(record, out var at) ? values[at] : null;
        }

        private Dictionary<object, int> Places()
        {
            var places = new Dictionary<object, int>(records.Length, ReferenceEqualityComparer.Instance);
            for (var i = 0; i < records.Length; i++)
            {
                places.TryAdd(records[i], i);
            }

            return places;
        }
    }

    /// <summary>
    /// Whether the <c>alsoOn</c> kept with a record is the same as a call's: the records of one call share one, so it is
    /// compared once per call (and once more for each other one met), not once per record.
    /// </summary>
    private sealed class SameAlsoOn(object? now)
    {
        private object? _last;
        private bool _isSame;
        private bool _hasLast;

        public bool Holds(object? kept)
        {
            if (!_hasLast || !ReferenceEquals(kept, _last))
            {
                (_last, _isSame, _hasLast) = (kept, IsSame(kept, now), true);
            }

            return _isSame;
        }
    }
}
