namespace Hubwatch.Content;

/// <summary>
/// The id of a record of kind <typeparamref name="TRecord"/>: a hub's id cannot be passed where a partner's is
/// expected. It reads as its text wherever text is wanted (URLs, messages, data), never the other way round.
/// </summary>
public readonly record struct Id<TRecord>(string Value) : IComparable<Id<TRecord>>
    where TRecord : class
{
    public static implicit operator string(Id<TRecord> id) => id.Value;

    public int CompareTo(Id<TRecord> other) => string.CompareOrdinal(Value, other.Value);

    /// <summary>No id was written (a reference the loader has already reported as missing).</summary>
    public bool IsEmpty => string.IsNullOrEmpty(Value);

    public override string ToString() => Value;
}
