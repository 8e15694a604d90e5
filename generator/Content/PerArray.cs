using System.Collections.Immutable;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;

namespace Hubwatch.Content;

/// <summary>
/// A value worked out from a whole array of records, kept for as long as the array lives. A serve session's
/// loader gives back the very same array for a folder none of whose files changed (see
/// <c>FileCache.GetOrReadAll</c>), so what depends only on that folder's records is worked out once per
/// change to the folder instead of once per build. Arrays are never changed once made, so a value found
/// for an array is the value that array gives.
/// </summary>
/// <param name="make">Works the value out; without it, every call says how.</param>
internal sealed class PerArray<T, TValue>(Func<ImmutableArray<T>, TValue>? make = null)
    where TValue : class
{
    private readonly ConditionalWeakTable<T[], TValue> _values = [];
    private readonly Func<ImmutableArray<T>, TValue> _make = make ?? (_ => throw new InvalidOperationException("no way to make the value was given"));

    public TValue Of(ImmutableArray<T> records) =>
        ImmutableCollectionsMarshal.AsArray(records) is { } array ? _values.GetValue(array, a => _make(ImmutableCollectionsMarshal.AsImmutableArray(a))) : _make(records);

    /// <summary>
    /// As <see cref="Of(ImmutableArray{T})"/>, for a value that also depends on something else: a value kept
    /// for the array is used only while <paramref name="isCurrent"/> says it still holds, else it is made again.
    /// </summary>
    public TValue Of(ImmutableArray<T> records, Func<TValue, bool> isCurrent) => Of(records, isCurrent, () => _make(records));

    /// <summary>As above, with the value made by <paramref name="remake"/> when none holds.</summary>
    public TValue Of(ImmutableArray<T> records, Func<TValue, bool> isCurrent, Func<TValue> remake)
    {
        if (ImmutableCollectionsMarshal.AsArray(records) is not { } array)
        {
            return remake();
        }

        if (_values.TryGetValue(array, out var value) && isCurrent(value))
        {
            return value;
        }

        value = remake();
        _values.AddOrUpdate(array, value);
        return value;
    }
}
